namespace FaceEmulator.Settings;

/// <summary>Settings (v1.3-preview.1).</summary>
internal sealed record SettingsModel(LivenessAbuseMonitoringModel LivenessAbuseMonitoring);

internal sealed record LivenessAbuseMonitoringModel(bool Enabled);

/// <summary>SettingsUpdate: every member optional.</summary>
internal sealed record SettingsUpdate(LivenessAbuseMonitoringUpdate? LivenessAbuseMonitoring);

internal sealed record LivenessAbuseMonitoringUpdate(bool? Enabled);

/// <summary>ClientAssetsAccessTokenResponse.</summary>
internal sealed record ClientAssetsAccessToken(DateTimeOffset Expiry, string AccessToken, string Base64AccessToken);
