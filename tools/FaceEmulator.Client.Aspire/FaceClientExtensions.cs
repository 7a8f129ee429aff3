using FaceEmulator.Client.Aspire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>The app side of <c>WithReference(face)</c>: reads <c>ConnectionStrings:{name}</c> and registers the Face HttpClient.</summary>
public static class FaceClientExtensions
{
    /// <summary>
    /// Registers the named <see cref="HttpClient"/> <paramref name="connectionName"/> (base address: the endpoint; every
    /// request carries the key in <c>Ocp-Apim-Subscription-Key</c>, as FaceSessionClient sends it) and the
    /// <see cref="FaceConnection"/> as a keyed singleton. Resolve it with <c>IHttpClientFactory.CreateClient(connectionName)</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The connection string is missing.</exception>
    public static IHttpClientBuilder AddFaceClient(this IHostApplicationBuilder builder, string connectionName)
    {
        var connection = Read(builder, connectionName);
        builder.Services.AddKeyedSingleton(connectionName, connection);
        return builder.Services.AddHttpClient(connectionName, connection.Configure);
    }

    /// <summary>Like <see cref="AddFaceClient(IHostApplicationBuilder, string)"/>, as the typed client <typeparamref name="TClient"/>.</summary>
    public static IHttpClientBuilder AddFaceClient<TClient>(this IHostApplicationBuilder builder, string connectionName)
        where TClient : class
    {
        var connection = Read(builder, connectionName);
        builder.Services.AddKeyedSingleton(connectionName, connection);
        return builder.Services.AddHttpClient<TClient>(connectionName, connection.Configure);
    }

    private static FaceConnection Read(IHostApplicationBuilder builder, string connectionName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        var value = builder.Configuration.GetConnectionString(connectionName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"No connection string 'ConnectionStrings:{connectionName}': reference the Face emulator resource from the app host (WithReference) or set it.");
        }

        return FaceConnection.Parse(value);
    }
}
