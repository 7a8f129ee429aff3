// @azure-rest/ai-vision-face 1.0.0-beta.3 speaks v1.2: the "-sessions" family, DELETE answered with 204,
// with-verify create as multipart with one part per field, session images and detect from them.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { AzureKeyCredential } from "@azure/core-auth";
import createFaceClient, { isUnexpected } from "face-beta3";
import {
  admin,
  device,
  deviceCorrelationId,
  emulatorTarget,
  fixtureImage,
  needsAdmin,
  needsFaceInstructions,
  noisePng,
} from "./helpers.mjs";

const apiVersion = "v1.2";
const { endpoint, key } = emulatorTarget();
const client = createFaceClient(endpoint, new AzureKeyCredential(key), {
  allowInsecureConnection: true, // the emulator is plain http on loopback
  retryOptions: { maxRetries: 0 }, // a failure should show at once, not after back-off
});

const liveness = "/detectLiveness-sessions";
const withVerify = "/detectLivenessWithVerify-sessions";

/** The multipart body of a with-verify create: one part per field, then the image (if any). */
function verifyParts(image, fields = {}) {
  const parts = Object.entries({ livenessOperationMode: "Passive", deviceCorrelationId: deviceCorrelationId(), ...fields }).map(
    ([name, body]) => ({ name, body }),
  );
  if (image) {
    parts.push({ name: "verifyImage", body: image.bytes, filename: image.name, contentType: "application/octet-stream" });
  }
  return { contentType: "multipart/form-data", body: parts };
}

async function createLiveness(extra = {}) {
  const res = await client.path(liveness).post({
    body: { livenessOperationMode: "Passive", deviceCorrelationId: deviceCorrelationId(), ...extra },
  });
  assert.equal(isUnexpected(res), false, `create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

function assertError(res, status, code) {
  assert.equal(isUnexpected(res), true, `expected ${status} ${code}, got ${res.status} ${JSON.stringify(res.body)}`);
  assert.equal(res.status, String(status), JSON.stringify(res.body));
  assert.equal(res.body.error?.code, code, JSON.stringify(res.body));
  assert.equal(typeof res.body.error?.message, "string");
}

const kinds = [
  { path: liveness, create: (dcid) => ({ body: { livenessOperationMode: "Passive", deviceCorrelationId: dcid } }) },
  {
    path: withVerify,
    create: (dcid) =>
      verifyParts({ bytes: noisePng(), name: "verifyImage.png" }, { deviceCorrelationId: dcid, authTokenTimeToLiveInSeconds: 60 }),
  },
];

for (const { path, create } of kinds) {
  describe(`beta.3 ${path}`, () => {
    const isVerify = path === withVerify;
    let sessionId;

    it("create returns a session id, auth token and NotStarted", async () => {
      const res = await client.path(path).post(create(deviceCorrelationId()));
      assert.equal(isUnexpected(res), false, `create: ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.status, "200");
      assert.ok(res.body.sessionId, "sessionId");
      assert.ok(res.body.authToken, "authToken");
      assert.equal(res.body.status, "NotStarted");
      assert.deepEqual(res.body.results.attempts, []);
      if (isVerify) {
        assertVerifyReference(res.body);
      }
      sessionId = res.body.sessionId;
    });

    it("get returns the session", async () => {
      const res = await client.path(`${path}/{sessionId}`, sessionId).get();
      assert.equal(isUnexpected(res), false, `get: ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.body.sessionId, sessionId);
      assert.equal(res.body.status, "NotStarted");
      assert.ok(Array.isArray(res.body.results.attempts), "results.attempts");
      if (isVerify) {
        assertVerifyReference(res.body);
      }
    });

    it("delete answers 204", async () => {
      const res = await client.path(`${path}/{sessionId}`, sessionId).delete();
      assert.equal(isUnexpected(res), false, `delete: ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.status, "204");
    });

    it("get after delete is 404 SessionNotFound", async () => {
      assertError(await client.path(`${path}/{sessionId}`, sessionId).get(), 404, "SessionNotFound");
    });

    it("delete after delete is 404 SessionNotFound", async () => {
      assertError(await client.path(`${path}/{sessionId}`, sessionId).delete(), 404, "SessionNotFound");
    });
  });
}

describe("beta.3 with-verify create with a tool-made image", () => {
  // fixtures/images/face-rect-quality.png carries "faceemu: face=40,30,120,150; quality=high" (regenerate.sh).
  const image = { bytes: fixtureImage("face-rect-quality.png"), name: "face-rect-quality.png" };
  const asked = { faceRectangle: { top: 30, left: 40, width: 120, height: 150 }, qualityForRecognition: "high" };

  it("verifyReferences carry exactly the rectangle and quality the instructions asked for", { skip: needsFaceInstructions }, async () => {
    const created = await client.path(withVerify).post(verifyParts(image));
    assert.equal(isUnexpected(created), false, `create: ${created.status} ${JSON.stringify(created.body)}`);
    const read = await client.path(`${withVerify}/{sessionId}`, created.body.sessionId).get();
    assert.equal(isUnexpected(read), false, `get: ${read.status} ${JSON.stringify(read.body)}`);

    for (const body of [created.body, read.body]) {
      assert.equal(body.results.verifyReferences.length, 1);
      const [reference] = body.results.verifyReferences;
      assert.deepEqual(reference.faceRectangle, asked.faceRectangle);
      assert.equal(reference.qualityForRecognition, asked.qualityForRecognition);
      assert.equal(reference.referenceType, "image");
    }
  });
});

describe("beta.3 validation errors", () => {
  const createErrors = [
    ["no livenessOperationMode", { deviceCorrelationId: "d" }, "InvalidRequestBody"],
    ["an unknown livenessOperationMode", { livenessOperationMode: "Sideways", deviceCorrelationId: "d" }, "InvalidLivenessOperationMode"],
    ["a 59 s token lifetime", { livenessOperationMode: "Passive", deviceCorrelationId: "d", authTokenTimeToLiveInSeconds: 59 }, "InvalidTokenLifetime"],
    ["an 86401 s token lifetime", { livenessOperationMode: "Passive", deviceCorrelationId: "d", authTokenTimeToLiveInSeconds: 86401 }, "InvalidTokenLifetime"],
    ["no deviceCorrelationId", { livenessOperationMode: "Passive" }, "InvalidDeviceCorrelationId"],
    ["a 65-character deviceCorrelationId", { livenessOperationMode: "Passive", deviceCorrelationId: "x".repeat(65) }, "InvalidDeviceCorrelationId"],
  ];
  for (const [name, body, code] of createErrors) {
    it(`create with ${name} is 400 ${code}`, async () => {
      assertError(await client.path(liveness).post({ body }), 400, code);
    });
  }

  const imageErrors = [
    ["no verifyImage part", null, 400, "InvalidRequestBody", false],
    ["an image under 1 KB", "tiny.png", 400, "InvalidImageSize", false],
    ["a text file", "not-an-image.txt", 400, "InvalidImage", false],
    ["a truncated JPEG", "truncated.jpg", 400, "InvalidImage", false],
    ["a PNG claiming 100000×100000 pixels", "huge-dimensions.png", 400, "InvalidImageSize", false],
    ["an image whose instruction says no face", "faces-0.png", 400, "InvalidImage", needsFaceInstructions],
    ["an image whose instruction says two faces", "faces-2.png", 400, "InvalidImage", needsFaceInstructions],
  ];
  for (const [name, file, status, code, skip] of imageErrors) {
    it(`with-verify create with ${name} is ${status} ${code}`, { skip }, async () => {
      const image = file ? { bytes: fixtureImage(file), name: file } : null;
      assertError(await client.path(withVerify).post(verifyParts(image)), status, code);
    });
  }

  it("with-verify create with verifyConfidenceThreshold 1.5 is 400 InvalidRequestBody", async () => {
    const image = { bytes: fixtureImage("valid.png"), name: "valid.png" };
    assertError(await client.path(withVerify).post(verifyParts(image, { verifyConfidenceThreshold: 1.5 })), 400, "InvalidRequestBody");
  });

  it("with-verify create with a JSON body is 415 BadArgument", async () => {
    const res = await client.path(withVerify).post({
      contentType: "application/json",
      body: { livenessOperationMode: "Passive", deviceCorrelationId: deviceCorrelationId() },
    });
    assertError(res, 415, "BadArgument");
  });

  it("get of an unknown session is 404 SessionNotFound", async () => {
    assertError(await client.path(`${liveness}/{sessionId}`, crypto.randomUUID()).get(), 404, "SessionNotFound");
  });

  it("detect with an unknown detectionModel is 400 BadArgument", async () => {
    const res = await client.path("/detect").post({
      contentType: "application/json",
      queryParameters: { detectionModel: "detection_09" },
      body: { sessionImageId: crypto.randomUUID() },
    });
    assertError(res, 400, "BadArgument");
  });

  it("detect from an unknown session image is 404 SessionImageNotFound", { skip: needsAdmin && "the code is the emulator's (Azure's is not recorded)" }, async () => {
    const res = await client.path("/detect").post({ contentType: "application/json", body: { sessionImageId: crypto.randomUUID() } });
    assertError(res, 404, "SessionImageNotFound");
  });
});

describe("beta.3 an attempt scripted through the admin API", { skip: needsAdmin }, () => {
  it("is read back through the client, with its session image and the face detect finds in it", async () => {
    const session = await createLiveness({ enableSessionImage: true });
    const face = { top: 20, left: 30, width: 160, height: 192 };
    const scripted = await admin("POST", `/__admin/sessions/${session.sessionId}/attempts`, {
      scenario: "printed-photo",
      faceRectangle: face,
    });
    assert.equal(scripted.status, 200, JSON.stringify(scripted.body));

    const read = await client.path(`${liveness}/{sessionId}`, session.sessionId).get();
    assert.equal(isUnexpected(read), false, `get: ${read.status} ${JSON.stringify(read.body)}`);
    assert.equal(read.body.results.attempts.length, 1);
    const [attempt] = read.body.results.attempts;
    assert.equal(attempt.attemptId, scripted.body.attemptId);
    assert.equal(attempt.attemptStatus, "Succeeded");
    assert.equal(attempt.result.livenessDecision, "spoofface");
    assert.deepEqual(attempt.result.targets.color.faceRectangle, face);
    const sessionImageId = attempt.result.sessionImageId;
    assert.equal(sessionImageId, scripted.body.result.sessionImageId);

    const image = await client.path("/sessionImages/{sessionImageId}", sessionImageId).get();
    assert.equal(isUnexpected(image), false, `session image: ${image.status}`);
    assert.equal(image.headers["content-type"], "application/octet-stream");

    const detected = await client.path("/detect").post({
      contentType: "application/json",
      queryParameters: {
        recognitionModel: "recognition_04",
        returnRecognitionModel: true,
        returnFaceLandmarks: true,
        returnFaceAttributes: ["headPose", "qualityForRecognition"],
      },
      body: { sessionImageId },
    });
    assert.equal(isUnexpected(detected), false, `detect: ${detected.status} ${JSON.stringify(detected.body)}`);
    assert.equal(detected.body.length, 1);
    const [found] = detected.body;
    assert.deepEqual(found.faceRectangle, face);
    assert.match(found.faceId, /^[0-9a-f-]{36}$/);
    assert.equal(found.recognitionModel, "recognition_04");
    assert.equal(Object.keys(found.faceLandmarks).length, 27);
    assert.deepEqual(Object.keys(found.faceAttributes), ["headPose", "qualityForRecognition"]);
    assert.equal(found.faceAttributes.qualityForRecognition, "medium"); // 160 px wide
  });

  it("a with-verify attempt reports the scripted match", async () => {
    const created = await client.path(withVerify).post(verifyParts({ bytes: fixtureImage("valid.png"), name: "valid.png" }));
    assert.equal(isUnexpected(created), false, `create: ${created.status} ${JSON.stringify(created.body)}`);
    const scripted = await admin("POST", `/__admin/sessions/${created.body.sessionId}/attempts`, { scenario: "verify-mismatch" });
    assert.equal(scripted.status, 200, JSON.stringify(scripted.body));

    const read = await client.path(`${withVerify}/{sessionId}`, created.body.sessionId).get();
    assert.equal(isUnexpected(read), false, `get: ${read.status} ${JSON.stringify(read.body)}`);
    const [attempt] = read.body.results.attempts;
    assert.equal(attempt.result.livenessDecision, "realface");
    assert.equal(attempt.result.verifyResult.isIdentical, false);
    assert.equal(typeof attempt.result.verifyResult.matchConfidence, "number");
  });
});

describe("beta.3 token expiry by moving the tenant clock", { skip: needsAdmin }, () => {
  it("a device call after the token's lifetime is 403 AuthTokenExpired", async () => {
    const session = await createLiveness({ authTokenTimeToLiveInSeconds: 60 });

    // Forward only: the other suite may share this tenant and its clock (helpers.mjs).
    const moved = await admin("POST", "/__admin/clock", { advance: "PT2M" });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));

    const refused = await device(`/face/${apiVersion}/detectLiveness/singleModal`, session.authToken);
    assert.equal(refused.status, 403, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, "AuthTokenExpired");
  });
});

describe("beta.3 a 429 fault, then recovery", { skip: needsAdmin }, () => {
  let faultId;
  after(async () => {
    if (faultId) {
      await admin("DELETE", `/__admin/faults/${faultId}`); // only if the test failed before using it
    }
  });

  it("the client call fails with 429 and Retry-After, then succeeds once the fault's count is used", async () => {
    const session = await createLiveness();
    const added = await admin("POST", "/__admin/faults", {
      operation: "GetLivenessSessionResult",
      apiVersion, // scoped to this suite's version: the beta.1 suite may share the tenant
      status: 429,
      count: 1,
      retryAfterSeconds: 2,
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    faultId = added.body.id;

    const throttled = await client.path(`${liveness}/{sessionId}`, session.sessionId).get();
    assertError(throttled, 429, "429");
    assert.equal(throttled.headers["retry-after"], "2");

    const recovered = await client.path(`${liveness}/{sessionId}`, session.sessionId).get();
    assert.equal(isUnexpected(recovered), false, `after the fault: ${recovered.status} ${JSON.stringify(recovered.body)}`);
    assert.equal(recovered.body.sessionId, session.sessionId);

    const rules = await admin("GET", "/__admin/faults");
    assert.equal(rules.body.faults.some((f) => f.id === faultId), false, "a used-up rule leaves the list");
    faultId = undefined;
  });
});

function assertVerifyReference(body) {
  const reference = body.results?.verifyReferences?.[0];
  assert.ok(reference, `results.verifyReferences[0] missing: ${JSON.stringify(body)}`);
  for (const side of ["top", "left", "width", "height"]) {
    assert.equal(typeof reference.faceRectangle?.[side], "number", `faceRectangle.${side}`);
  }
  assert.ok(["low", "medium", "high"].includes(reference.qualityForRecognition), "qualityForRecognition");
}
