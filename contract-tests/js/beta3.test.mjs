// @azure-rest/ai-vision-face 1.0.0-beta.3 speaks v1.2: the "-sessions" family, DELETE answered with 204,
// with-verify create as multipart with one part per field.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AzureKeyCredential } from "@azure/core-auth";
import createFaceClient, { isUnexpected } from "face-beta3";
import { deviceCorrelationId, emulatorTarget, noisePng } from "./helpers.mjs";

const { endpoint, key } = emulatorTarget();
const client = createFaceClient(endpoint, new AzureKeyCredential(key), {
  allowInsecureConnection: true, // the emulator is plain http on loopback
  retryOptions: { maxRetries: 0 }, // a failure should show at once, not after back-off
});

const kinds = [
  {
    path: "/detectLiveness-sessions",
    create: (dcid) => ({ body: { livenessOperationMode: "Passive", deviceCorrelationId: dcid } }),
  },
  {
    path: "/detectLivenessWithVerify-sessions",
    create: (dcid) => ({
      contentType: "multipart/form-data",
      body: [
        { name: "livenessOperationMode", body: "Passive" },
        { name: "deviceCorrelationId", body: dcid },
        { name: "authTokenTimeToLiveInSeconds", body: 60 },
        { name: "verifyImage", body: noisePng(), filename: "verifyImage.png", contentType: "application/octet-stream" },
      ],
    }),
  },
];

for (const { path, create } of kinds) {
  describe(`beta.3 ${path}`, () => {
    const isVerify = path.includes("WithVerify");
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
      const res = await client.path(`${path}/{sessionId}`, sessionId).get();
      assert.equal(isUnexpected(res), true);
      assert.equal(res.status, "404");
      assert.equal(res.body.error?.code, "SessionNotFound");
    });
  });
}

function assertVerifyReference(body) {
  const reference = body.results?.verifyReferences?.[0];
  assert.ok(reference, `results.verifyReferences[0] missing: ${JSON.stringify(body)}`);
  for (const side of ["top", "left", "width", "height"]) {
    assert.equal(typeof reference.faceRectangle?.[side], "number", `faceRectangle.${side}`);
  }
  assert.ok(["low", "medium", "high"].includes(reference.qualityForRecognition), "qualityForRecognition");
}
