namespace FaceEmulator.Determinism;

/// <summary>The only source of ids: sessions, session images and request ids.</summary>
internal interface IIdGenerator
{
    /// <summary>A GUID in the <c>D</c> format, as Azure's session ids and request ids are.</summary>
    string NewGuid();

    /// <summary>A 44-character URL-safe id, as Azure's session image ids are (recordings README, fact 7).</summary>
    string NewSessionImageId();
}
