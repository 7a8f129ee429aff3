// @azure-rest/ai-vision-face 1.0.0-beta.3 speaks v1.2: the "-sessions" family, DELETE answered with 204,
// with-verify create as multipart with one part per field, session images and detect from them.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import createFaceClient, { isUnexpected } from "face-beta3";
import { describeFaultRecovery, describeTokenExpiry, scriptAttempt } from "./admin.mjs";
import {
  connect,
  createErrors,
  deviceCorrelationId,
  fixtureImage,
  needsAdmin,
  needsFaceInstructions,
  noisePng,
  passiveSession,
} from "./helpers.mjs";

const apiVersion = "v1.2";
const { client, assertOk, assertError } = connect(createFaceClient, isUnexpected);

const liveness = "/detectLiveness-sessions";
const withVerify = "/detectLivenessWithVerify-sessions";

/** The multipart body of a with-verify create: one part per field, then the image (if any). */
function verifyParts(image, fields = {}) {
  const parts = Object.entries(passiveSession(fields)).map(([name, body]) => ({ name, body }));
  if (image) {
    parts.push({ name: "verifyImage", body: image.bytes, filename: image.name, contentType: "application/octet-stream" });
  }
  return { contentType: "multipart/form-data", body: parts };
}

async function createSession(extra = {}) {
  const res = await client.path(liveness).post({ body: passiveSession(extra) });
  assertOk(res, "create");
  return res.body;
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
      assertOk(res, "create");
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
      assertOk(res, "get");
      assert.equal(res.body.sessionId, sessionId);
      assert.equal(res.body.status, "NotStarted");
      assert.ok(Array.isArray(res.body.results.attempts), "results.attempts");
      if (isVerify) {
        assertVerifyReference(res.body);
      }
    });

    it("delete answers 204", async () => {
      const res = await client.path(`${path}/{sessionId}`, sessionId).delete();
      assertOk(res, "delete");
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
    assertOk(created, "create");
    const read = await client.path(`${withVerify}/{sessionId}`, created.body.sessionId).get();
    assertOk(read, "get");

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
    const session = await createSession({ enableSessionImage: true });
    const face = { top: 20, left: 30, width: 160, height: 192 };
    const scripted = await scriptAttempt(session.sessionId, { scenario: "printed-photo", faceRectangle: face });

    const read = await client.path(`${liveness}/{sessionId}`, session.sessionId).get();
    assertOk(read, "get");
    assert.equal(read.body.results.attempts.length, 1);
    const [attempt] = read.body.results.attempts;
    assert.equal(attempt.attemptId, scripted.attemptId);
    assert.equal(attempt.attemptStatus, "Succeeded");
    assert.equal(attempt.result.livenessDecision, "spoofface");
    assert.deepEqual(attempt.result.targets.color.faceRectangle, face);
    const sessionImageId = attempt.result.sessionImageId;
    assert.equal(sessionImageId, scripted.result.sessionImageId);

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
    assertOk(detected, "detect");
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
    assertOk(created, "create");
    await scriptAttempt(created.body.sessionId, { scenario: "verify-mismatch" });

    const read = await client.path(`${withVerify}/{sessionId}`, created.body.sessionId).get();
    assertOk(read, "get");
    const [attempt] = read.body.results.attempts;
    assert.equal(attempt.result.livenessDecision, "realface");
    assert.equal(attempt.result.verifyResult.isIdentical, false);
    assert.equal(typeof attempt.result.verifyResult.matchConfidence, "number");
  });
});

const suite = { label: "beta.3", apiVersion, createSession, assertError };

describeTokenExpiry(suite);

describeFaultRecovery(suite, {
  operation: "GetLivenessSessionResult",
  retryAfterSeconds: 2,
  call: (session) => client.path(`${liveness}/{sessionId}`, session.sessionId).get(),
  assertRecovered(res, session) {
    assertOk(res, "after the fault");
    assert.equal(res.body.sessionId, session.sessionId);
  },
});

function assertVerifyReference(body) {
  const reference = body.results?.verifyReferences?.[0];
  assert.ok(reference, `results.verifyReferences[0] missing: ${JSON.stringify(body)}`);
  for (const side of ["top", "left", "width", "height"]) {
    assert.equal(typeof reference.faceRectangle?.[side], "number", `faceRectangle.${side}`);
  }
  assert.ok(["low", "medium", "high"].includes(reference.qualityForRecognition), "qualityForRecognition");
}
