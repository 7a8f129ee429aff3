using FaceEmulator.Sessions;

namespace FaceEmulator.Images;

/// <summary>A stored session image: its bytes, and the face its attempt reported (what detect finds in it).</summary>
internal sealed record SessionImage(byte[] Bytes, FaceRectangle Face);
