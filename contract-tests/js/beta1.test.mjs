// @azure-rest/ai-vision-face 1.0.0-beta.1 speaks v1.1-preview.1: the singleModal session family,
// with list and audit, and DELETE answered with 200.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AzureKeyCredential } from "@azure/core-auth";
import createFaceClient, { isUnexpected } from "face-beta1";
import { deviceCorrelationId, emulatorTarget, noisePng } from "./helpers.mjs";

const { endpoint, key } = emulatorTarget();
const client = createFaceClient(endpoint, new AzureKeyCredential(key), {
  apiVersion: "v1.1-preview.1",
  allowInsecureConnection: true, // the emulator is plain http on loopback
  retryOptions: { maxRetries: 0 }, // a failure should show at once, not after back-off
});

for (const path of ["/detectLiveness/singleModal/sessions", "/detectLivenessWithVerify/singleModal/sessions"]) {
  describe(`beta.1 ${path}`, () => {
    const dcid = deviceCorrelationId();
    let sessionId;

    it("create returns a session id and auth token", async () => {
      const res = await client.path(path).post({
        body: { livenessOperationMode: "Passive", deviceCorrelationId: dcid },
      });
      assert.equal(isUnexpected(res), false, `create: ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.status, "200");
      assert.ok(res.body.sessionId, "sessionId");
      assert.ok(res.body.authToken, "authToken");
      sessionId = res.body.sessionId;
    });

    it("get round-trips deviceCorrelationId and reports NotStarted", async () => {
      const res = await client.path(`${path}/{sessionId}`, sessionId).get();
      assert.equal(isUnexpected(res), false, `get: ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.body.id, sessionId);
      assert.equal(res.body.deviceCorrelationId, dcid);
      assert.equal(res.body.status, "NotStarted");
      assert.equal(res.body.sessionExpired, false);
      assert.ok(res.body.createdDateTime, "createdDateTime");
    });

    it("list contains the session", async () => {
      const res = await client.path(path).get();
      assert.equal(isUnexpected(res), false, `list: ${res.status} ${JSON.stringify(res.body)}`);
      assert.ok(Array.isArray(res.body), "list body is an array");
      const item = res.body.find((s) => s.id === sessionId);
      assert.ok(item, `list lacks ${sessionId}`);
      assert.equal(item.deviceCorrelationId, dcid);
    });

    it("audit answers 200 with an array", async () => {
      const res = await client.path(`${path}/{sessionId}/audit`, sessionId).get();
      assert.equal(isUnexpected(res), false, `audit: ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.status, "200");
      assert.ok(Array.isArray(res.body), "audit body is an array");
    });

    it("delete answers 200", async () => {
      const res = await client.path(`${path}/{sessionId}`, sessionId).delete();
      assert.equal(isUnexpected(res), false, `delete: ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.status, "200");
    });

    it("get after delete is 404 SessionNotFound", async () => {
      const res = await client.path(`${path}/{sessionId}`, sessionId).get();
      assert.equal(isUnexpected(res), true);
      assert.equal(res.status, "404");
      assert.equal(res.body.error?.code, "SessionNotFound");
    });
  });
}

describe("beta.1 with-verify multipart create", () => {
  it("returns verifyImage with faceRectangle and qualityForRecognition", async () => {
    const res = await client.path("/detectLivenessWithVerify/singleModal/sessions").post({
      contentType: "multipart/form-data",
      body: [
        {
          name: "Parameters",
          body: { livenessOperationMode: "Passive", deviceCorrelationId: deviceCorrelationId(), authTokenTimeToLiveInSeconds: 60 },
        },
        // No filename on purpose: the client's VerifyImageFilenamePolicy adds filename="blob", as in real use.
        { name: "VerifyImage", body: noisePng() },
      ],
    });
    assert.equal(isUnexpected(res), false, `create: ${res.status} ${JSON.stringify(res.body)}`);
    assert.ok(res.body.sessionId, "sessionId");
    assert.ok(res.body.authToken, "authToken");
    const rect = res.body.verifyImage?.faceRectangle;
    assert.ok(rect, `verifyImage.faceRectangle missing: ${JSON.stringify(res.body)}`);
    for (const side of ["top", "left", "width", "height"]) {
      assert.equal(typeof rect[side], "number", side);
    }
    assert.ok(rect.width > 0 && rect.height > 0, "face has an area");
    assert.ok(["low", "medium", "high"].includes(res.body.verifyImage.qualityForRecognition), "qualityForRecognition");
  });
});
