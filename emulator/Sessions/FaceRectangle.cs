namespace FaceEmulator.Sessions;

/// <summary>A face's bounding box in pixels; the JSON property order is Azure's.</summary>
internal sealed record FaceRectangle(int Top, int Left, int Width, int Height);
