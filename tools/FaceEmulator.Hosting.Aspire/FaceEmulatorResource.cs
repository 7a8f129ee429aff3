namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// The Face liveness emulator as an Aspire container resource. Apps that reference it receive
/// <c>ConnectionStrings__{name}=Endpoint=http://…/;Key=…</c>.
/// </summary>
public sealed class FaceEmulatorResource(string name) : ContainerResource(name), IResourceWithConnectionString
{
    /// <summary>The name of the HTTP endpoint.</summary>
    public const string HttpEndpointName = "http";

    /// <summary>The port the image listens on (its <c>ASPNETCORE_HTTP_PORTS</c> and <c>EXPOSE</c>).</summary>
    public const int TargetPort = 5080;

    private EndpointReference? _primaryEndpoint;

    /// <summary>
    /// The subscription key (tenant) in the connection string and used by the dashboard commands: the first key of
    /// <c>WithKeys</c>, else <c>aspire-{name}</c> (the emulator accepts any key until keys are configured).
    /// </summary>
    public string Key { get; internal set; } = $"aspire-{name}";

    public EndpointReference PrimaryEndpoint => _primaryEndpoint ??= new EndpointReference(this, HttpEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Endpoint={PrimaryEndpoint.Property(EndpointProperty.Url)}/;Key={Key}");
}
