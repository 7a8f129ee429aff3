using System.Net;
using FaceEmulator.ContractTests.Infrastructure;
using Snapshooter.NUnit;

namespace FaceEmulator.ContractTests.Images;

/// <summary>
/// A detect body with everything asked for, one version per family, in deterministic mode (each test its
/// own tenant, so the faceId is the tenant's n-th sequential id).
/// </summary>
public sealed class DetectSnapshotTests
{
    [TestCase("v1.2-preview.1")]
    [TestCase("v1.2")]
    public async Task EverythingRequested(string version)
    {
        using var client = Emulator.Client($"snapshot-detect-{version}");
        var imageId = await client.NewSessionImageAsync(version, SessionImageDetection.FaceAt(top: 40, left: 30, width: 150, height: 180));

        var response = await client.DetectAsync(version, imageId,
            "returnFaceId=true&returnFaceLandmarks=true&recognitionModel=recognition_03&returnRecognitionModel=true" +
            "&detectionModel=detection_01&faceIdTimeToLive=60" +
            "&returnFaceAttributes=glasses,headPose,occlusion,accessories,blur,exposure,noise,qualityForRecognition");

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(response.Body));
    }
}
