// @azure-rest/ai-vision-face 1.0.0-beta.1 speaks v1.1-preview.1: the singleModal session family,
// with list and audit, and DELETE answered with 200.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import createFaceClient, { isUnexpected } from "face-beta1";
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

const apiVersion = "v1.1-preview.1";
const { client, assertOk, assertError } = connect(createFaceClient, isUnexpected, { apiVersion });

const liveness = "/detectLiveness/singleModal/sessions";
const withVerify = "/detectLivenessWithVerify/singleModal/sessions";

/** The classic multipart body: a Parameters JSON part and a VerifyImage part (the client names the file "blob"). */
function verifyParts(image, parameters = {}) {
  const body = [{ name: "Parameters", body: passiveSession(parameters) }];
  if (image) {
    body.push({ name: "VerifyImage", body: image });
  }
  return { contentType: "multipart/form-data", body };
}

async function createSession(extra = {}) {
  const res = await client.path(liveness).post({ body: passiveSession(extra) });
  assertOk(res, "create");
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
    assertOk(res, "list");
    assert.ok(Array.isArray(res.body), "list body is an array");
    const item = res.body.find((s) => s.id === sessionId);
    if (item || res.body.length === 0) {
      return item;
    }
    start = res.body[res.body.length - 1].id;
  }
}

for (const path of [liveness, withVerify]) {
  describe(`beta.1 ${path}`, () => {
    const dcid = deviceCorrelationId();
    let sessionId;

    it("create returns a session id and auth token", async () => {
      const res = await client.path(path).post({
        body: { livenessOperationMode: "Passive", deviceCorrelationId: dcid },
      });
      assertOk(res, "create");
      assert.equal(res.status, "200");
      assert.ok(res.body.sessionId, "sessionId");
      assert.ok(res.body.authToken, "authToken");
      sessionId = res.body.sessionId;
    });

    it("get round-trips deviceCorrelationId and reports NotStarted", async () => {
      const res = await client.path(`${path}/{sessionId}`, sessionId).get();
      assertOk(res, "get");
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
      assertOk(res, "audit");
      assert.equal(res.status, "200");
      assert.deepEqual(res.body, []);
    });

    it("delete answers 200", async () => {
      const res = await client.path(`${path}/{sessionId}`, sessionId).delete();
      assertOk(res, "delete");
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
    assertOk(res, "create");
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
    assertOk(res, "create");
    assert.deepEqual(res.body.verifyImage, {
      faceRectangle: { top: 30, left: 40, width: 120, height: 150 },
      qualityForRecognition: "high",
    });
  });
});

describe("beta.1 validation errors", () => {
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
    const scripted = await scriptAttempt(session.sessionId, { scenario: "screen-replay" });

    const read = await client.path(`${liveness}/{sessionId}`, session.sessionId).get();
    assertOk(read, "get");
    assert.equal(read.body.status, "ResultAvailable");
    assert.ok(read.body.sessionStartDateTime, "sessionStartDateTime");
    assert.equal(read.body.result.id, scripted.id);
    assert.equal(read.body.result.response.body.livenessDecision, "spoofface");

    const audit = await client.path(`${liveness}/{sessionId}/audit`, session.sessionId).get();
    assertOk(audit, "audit");
    assert.equal(audit.body.length, 1);
    assert.equal(audit.body[0].digest, scripted.digest);
    assert.equal(audit.body[0].request.url, `/face/${apiVersion}/detectLiveness/singleModal`);
  });

  it("a with-verify attempt carries the scripted verify result", async () => {
    const created = await client.path(withVerify).post(verifyParts(fixtureImage("valid.png")));
    assertOk(created, "create");
    const session = created.body;
    await scriptAttempt(session.sessionId, { scenario: "verify-mismatch" });

    const read = await client.path(`${withVerify}/{sessionId}`, session.sessionId).get();
    assertOk(read, "get");
    assert.equal(read.body.result.response.body.livenessDecision, "realface");
    assert.equal(read.body.result.response.body.verifyResult.isIdentical, false);
  });
});

const suite = { label: "beta.1", apiVersion, createSession, assertError };

describeTokenExpiry(suite);

describeFaultRecovery(suite, {
  operation: "GetLivenessSessionAuditEntries",
  call: (session) => client.path(`${liveness}/{sessionId}/audit`, session.sessionId).get(),
  assertRecovered(res) {
    assertOk(res, "after the fault");
    assert.deepEqual(res.body, []);
  },
});
