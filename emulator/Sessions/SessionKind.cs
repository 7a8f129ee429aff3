namespace FaceEmulator.Sessions;

internal enum SessionKind
{
    Liveness,
    LivenessWithVerify,
}
