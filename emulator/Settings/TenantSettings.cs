namespace FaceEmulator.Settings;

/// <summary>A tenant's resource-level settings (v1.3-preview.1 <c>/settings</c>).</summary>
internal sealed class TenantSettings
{
    private volatile bool _abuseMonitoringEnabled = true;
    private volatile string _faceUiMode = FaceUi.FaceUiModes.Automatic;

    /// <summary>How the stand-in web component decides attempts when its element names no mode (<c>/__admin/face-ui</c>).</summary>
    public string FaceUiMode
    {
        get => _faceUiMode;
        set => _faceUiMode = value;
    }

    /// <summary>Azure enables liveness abuse monitoring by default (v1.3 recordings: isAbuseMonitoringEnabled true).</summary>
    public bool AbuseMonitoringEnabled
    {
        get => _abuseMonitoringEnabled;
        set => _abuseMonitoringEnabled = value;
    }
}
