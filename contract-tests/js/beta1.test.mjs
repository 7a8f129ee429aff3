// @azure-rest/ai-vision-face 1.0.0-beta.1 speaks v1.1-preview.1: the singleModal session family,
// with list and audit, and DELETE answered with 200.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { AzureKeyCredential } from "@azure/core-auth";
import createFaceClient, { isUnexpected } from "face-beta1";
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

const apiVersion = "v1.1-preview.1";
const { endpoint, key } = emulatorTarget();
const client = createFaceClient(endpoint, new AzureKeyCredential(key), {
  apiVersion,
  allowInsecureConnection: true, // the emulator is plain http on loopback
  retryOptions: { maxRetries: 0 }, // a failure should show at once, not after back-off
});

const liveness = "/detectLiveness/singleModal/sessions";
const withVerify = "/detectLivenessWithVerify/singleModal/sessions";

/** The classic multipart body: a Parameters JSON part and a VerifyImage part (the client names the file "blob"). */
function verifyParts(image, parameters = {}) {
  const body = [{ name: "Parameters", body: { livenessOperationMode: "Passive", deviceCorrelationId: deviceCorrelationId(), ...parameters } }];
  if (image) {
    body.push({ name: "VerifyImage", body: image });
  }
  return { contentType: "multipart/form-data", body };
}

async function createSession(path = liveness, extra = {}) {
  const res = await client.path(path).post({
    body: { livenessOperationMode: "Passive", deviceCorrelationId: deviceCorrelationId(), ...extra },
  });
  assert.equal(isUnexpected(res), false, `create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * Finds a session in the list, paging with `start` (the last id of the previous page): the list is
 * sorted by id, so on a long-lived tenant a new session need not be on the first page.
 */
async function findInList(path, sessionId) {
  let start;
  for (;;) {
    const res = await client.path(path).get({ queryParameters: start ? { start, top: 1000 } : { top: 1000 } });
    assert.equal(isUnexpected(res), false, `list: ${res.status} ${JSON.stringify(res.body)}`);
    assert.ok(Array.isArray(res.body), "list body is an array");
    const item = res.body.find((s) => s.id === sessionId);
    if (item || res.body.length === 0) {
      return item;
    }
    start = res.body[res.body.length - 1].id;
  }
}

function assertError(res, status, code) {
  assert.equal(isUnexpected(res), true, `expected ${status} ${code}, got ${res.status} ${JSON.stringify(res.body)}`);
  assert.equal(res.status, String(status), JSON.stringify(res.body));
  assert.equal(res.body.error?.code, code, JSON.stringify(res.body));
  assert.equal(typeof res.body.error?.message, "string");
}

for (const path of [liveness, withVerify]) {
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
      const item = await findInList(path, sessionId);
      assert.ok(item, `list lacks ${sessionId}`);
      assert.equal(item.deviceCorrelationId, dcid);
    });

    it("audit answers 200 with an empty array before any attempt", async () => {
      const res = await client.path(`${path}/{sessionId}/audit`, sessionId).get();
      assert.equal(isUnexpected(res), false, `audit: ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.status, "200");
      assert.deepEqual(res.body, []);
    });

    it("delete answers 200", async () => {
      const res = await client.path(`${path}/{sessionId}`, sessionId).delete();
      assert.equal(isUnexpected(res), false, `delete: ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.status, "200");
    });

    it("get after delete is 404 SessionNotFound", async () => {
      assertError(await client.path(`${path}/{sessionId}`, sessionId).get(), 404, "SessionNotFound");
    });

    it("audit after delete is 404 SessionNotFound", async () => {
      assertError(await client.path(`${path}/{sessionId}/audit`, sessionId).get(), 404, "SessionNotFound");
    });

    it("the list no longer has the session", async () => {
      assert.equal(await findInList(path, sessionId), undefined);
    });
  });
}

describe("beta.1 with-verify multipart create", () => {
  it("returns verifyImage with faceRectangle and qualityForRecognition", async () => {
    // No filename on purpose: the client's VerifyImageFilenamePolicy adds filename="blob", as in real use.
    const res = await client.path(withVerify).post(verifyParts(noisePng(), { authTokenTimeToLiveInSeconds: 60 }));
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

  it("a tool-made image reports exactly the rectangle and quality its instructions asked for", { skip: needsFaceInstructions }, async () => {
    // fixtures/images/face-rect-quality.png carries "faceemu: face=40,30,120,150; quality=high".
    const res = await client.path(withVerify).post(verifyParts(fixtureImage("face-rect-quality.png")));
    assert.equal(isUnexpected(res), false, `create: ${res.status} ${JSON.stringify(res.body)}`);
    assert.deepEqual(res.body.verifyImage, {
      faceRectangle: { top: 30, left: 40, width: 120, height: 150 },
      qualityForRecognition: "high",
    });
  });
});

describe("beta.1 validation errors", () => {
  const createErrors = [
    ["no livenessOperationMode", { deviceCorrelationId: "d" }, "InvalidRequestBody"],
    ["an unknown livenessOperationMode", { livenessOperationMode: "Sideways", deviceCorrelationId: "d" }, "InvalidLivenessOperationMode"],
    ["a 59 s token lifetime", { livenessOperationMode: "Passive", deviceCorrelationId: "d", authTokenTimeToLiveInSeconds: 59 }, "InvalidTokenLifetime"],
    ["an 86401 s token lifetime", { livenessOperationMode: "Passive", deviceCorrelationId: "d", authTokenTimeToLiveInSeconds: 86401 }, "InvalidTokenLifetime"],
    ["no deviceCorrelationId", { livenessOperationMode: "Passive" }, "InvalidDeviceCorrelationId"],
    ["a 65-character deviceCorrelationId", { livenessOperationMode: "Passive", deviceCorrelationId: "x".repeat(65) }, "InvalidDeviceCorrelationId"],
  ];
  for (const path of [liveness, withVerify]) {
    for (const [name, body, code] of createErrors) {
      it(`${path} create with ${name} is 400 ${code}`, async () => {
        assertError(await client.path(path).post({ body }), 400, code);
      });
    }
  }

  const pagingErrors = [
    ["top=0", { top: 0 }],
    ["top=1001", { top: 1001 }],
    ["a 65-character start", { start: "x".repeat(65) }],
  ];
  for (const [name, queryParameters] of pagingErrors) {
    it(`list with ${name} is 400 BadArgument`, async () => {
      assertError(await client.path(liveness).get({ queryParameters }), 400, "BadArgument");
    });
  }

  it("audit with top=0 is 400 BadArgument", async () => {
    const session = await createSession();
    assertError(await client.path(`${liveness}/{sessionId}/audit`, session.sessionId).get({ queryParameters: { top: 0 } }), 400, "BadArgument");
  });

  const imageErrors = [
    ["an image under 1 KB", "tiny.png", "InvalidImageSize", false],
    ["a text file", "not-an-image.txt", "InvalidImage", false],
    ["a truncated PNG", "truncated.png", "InvalidImage", false],
    ["a WEBP image", "unsupported.webp", "InvalidImage", false],
    ["an image whose instruction says two faces", "faces-2.png", "InvalidImage", needsFaceInstructions],
  ];
  for (const [name, file, code, skip] of imageErrors) {
    it(`with-verify create with ${name} is 400 ${code}`, { skip }, async () => {
      assertError(await client.path(withVerify).post(verifyParts(fixtureImage(file))), 400, code);
    });
  }

  it("get of an unknown session is 404 SessionNotFound", async () => {
    assertError(await client.path(`${liveness}/{sessionId}`, crypto.randomUUID()).get(), 404, "SessionNotFound");
  });

  it("delete of an unknown session is 404 SessionNotFound", async () => {
    assertError(await client.path(`${withVerify}/{sessionId}`, crypto.randomUUID()).delete(), 404, "SessionNotFound");
  });
});

describe("beta.1 an attempt scripted through the admin API", { skip: needsAdmin }, () => {
  it("is read back through the client as the session result and its audit entry", async () => {
    const session = await createSession();
    const scripted = await admin("POST", `/__admin/sessions/${session.sessionId}/attempts`, { scenario: "screen-replay" });
    assert.equal(scripted.status, 200, JSON.stringify(scripted.body));

    const read = await client.path(`${liveness}/{sessionId}`, session.sessionId).get();
    assert.equal(isUnexpected(read), false, `get: ${read.status} ${JSON.stringify(read.body)}`);
    assert.equal(read.body.status, "ResultAvailable");
    assert.ok(read.body.sessionStartDateTime, "sessionStartDateTime");
    assert.equal(read.body.result.id, scripted.body.id);
    assert.equal(read.body.result.response.body.livenessDecision, "spoofface");

    const audit = await client.path(`${liveness}/{sessionId}/audit`, session.sessionId).get();
    assert.equal(isUnexpected(audit), false, `audit: ${audit.status} ${JSON.stringify(audit.body)}`);
    assert.equal(audit.body.length, 1);
    assert.equal(audit.body[0].digest, scripted.body.digest);
    assert.equal(audit.body[0].request.url, `/face/${apiVersion}/detectLiveness/singleModal`);
  });

  it("a with-verify attempt carries the scripted verify result", async () => {
    const created = await client.path(withVerify).post(verifyParts(fixtureImage("valid.png")));
    assert.equal(isUnexpected(created), false, `create: ${created.status} ${JSON.stringify(created.body)}`);
    const session = created.body;
    const scripted = await admin("POST", `/__admin/sessions/${session.sessionId}/attempts`, { scenario: "verify-mismatch" });
    assert.equal(scripted.status, 200, JSON.stringify(scripted.body));

    const read = await client.path(`${withVerify}/{sessionId}`, session.sessionId).get();
    assert.equal(isUnexpected(read), false, `get: ${read.status} ${JSON.stringify(read.body)}`);
    assert.equal(read.body.result.response.body.livenessDecision, "realface");
    assert.equal(read.body.result.response.body.verifyResult.isIdentical, false);
  });
});

describe("beta.1 token expiry by moving the tenant clock", { skip: needsAdmin }, () => {
  it("a device call after the token's lifetime is 403 AuthTokenExpired", async () => {
    const session = await createSession(liveness, { authTokenTimeToLiveInSeconds: 60 });

    // Forward only: the other suite may share this tenant and its clock (helpers.mjs).
    const moved = await admin("POST", "/__admin/clock", { advance: "PT2M" });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));

    const refused = await device(`/face/${apiVersion}/detectLiveness/singleModal`, session.authToken);
    assert.equal(refused.status, 403, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, "AuthTokenExpired");
  });
});

describe("beta.1 a 429 fault, then recovery", { skip: needsAdmin }, () => {
  let faultId;
  after(async () => {
    if (faultId) {
      await admin("DELETE", `/__admin/faults/${faultId}`); // only if the test failed before using it
    }
  });

  it("the client call fails with 429 and Retry-After, then succeeds once the fault's count is used", async () => {
    const session = await createSession();
    const added = await admin("POST", "/__admin/faults", {
      operation: "GetLivenessSessionAuditEntries",
      apiVersion, // scoped to this suite's version: the beta.3 suite may share the tenant
      status: 429,
      count: 1,
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    faultId = added.body.id;

    const throttled = await client.path(`${liveness}/{sessionId}/audit`, session.sessionId).get();
    assertError(throttled, 429, "429");
    assert.equal(throttled.headers["retry-after"], "1");

    const recovered = await client.path(`${liveness}/{sessionId}/audit`, session.sessionId).get();
    assert.equal(isUnexpected(recovered), false, `after the fault: ${recovered.status} ${JSON.stringify(recovered.body)}`);
    assert.deepEqual(recovered.body, []);

    const rules = await admin("GET", "/__admin/faults");
    assert.equal(rules.body.faults.some((f) => f.id === faultId), false, "a used-up rule leaves the list");
    faultId = undefined;
  });
});
