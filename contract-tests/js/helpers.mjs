// Shared by the suites: where the emulator is, its admin API, assertions on client responses, the create
// bodies both versions refuse, and images the emulator accepts. admin.mjs holds the admin-driven tests
// both suites run.
//
// The suites run against any emulator (FACE_ENDPOINT, FACE_KEY) and must pass on reruns and when
// `node --test` runs both files at once with one key, i.e. in one tenant. So every test makes its own
// sessions with fresh ids, asserts nothing about ids or times, scopes its fault rules to its suite's
// API version, and only ever moves the tenant clock forward.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { AzureKeyCredential } from "@azure/core-auth";

/** Reads FACE_ENDPOINT (e.g. http://127.0.0.1:5123) and FACE_KEY; the C# runner sets both. */
export function emulatorTarget() {
  const endpoint = process.env.FACE_ENDPOINT;
  const key = process.env.FACE_KEY;
  if (!endpoint || !key) {
    throw new Error("Set FACE_ENDPOINT and FACE_KEY (JsClientTests does this for you).");
  }
  return { endpoint: endpoint.replace(/\/+$/, ""), key };
}

/** FACE_LIVE=1: the target is real Azure, which has no admin API and ignores faceemu instructions. */
export const live = process.env.FACE_LIVE === "1";

/** The `skip` option for tests that need the emulator's admin API (node:test prints the reason). */
export const needsAdmin = live ? "needs the emulator's /__admin API (FACE_LIVE=1 targets real Azure)" : false;

/** The `skip` option for tests whose images carry faceemu instructions, which only the emulator reads. */
export const needsFaceInstructions = live ? "faceemu instructions in image metadata are read only by the emulator" : false;

/**
 * The suite's official client on FACE_ENDPOINT with FACE_KEY (`options` are the client's own, e.g. beta.1's
 * apiVersion), with the assertions of clientAssertions on its responses.
 */
export function connect(createFaceClient, isUnexpected, options = {}) {
  const { endpoint, key } = emulatorTarget();
  const client = createFaceClient(endpoint, new AzureKeyCredential(key), {
    ...options,
    allowInsecureConnection: true, // the emulator is plain http on loopback
    retryOptions: { maxRetries: 0 }, // a failure should show at once, not after back-off
  });
  return { client, ...clientAssertions(isUnexpected) };
}

/**
 * Assertions on a response of the suite's client, whose `isUnexpected` says whether the status is one
 * the operation documents as success: `assertOk(res, "create")` and `assertError(res, 404, "SessionNotFound")`
 * (Azure's error envelope, with a message).
 */
function clientAssertions(isUnexpected) {
  return {
    assertOk(res, what) {
      assert.equal(isUnexpected(res), false, `${what}: ${res.status} ${JSON.stringify(res.body)}`);
    },
    assertError(res, status, code) {
      assert.equal(isUnexpected(res), true, `expected ${status} ${code}, got ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.status, String(status), JSON.stringify(res.body));
      assert.equal(res.body.error?.code, code, JSON.stringify(res.body));
      assert.equal(typeof res.body.error?.message, "string");
    },
  };
}

/** The body of a Passive liveness session create, with a fresh deviceCorrelationId; `extra` adds or overrides fields. */
export function passiveSession(extra = {}) {
  return { livenessOperationMode: "Passive", deviceCorrelationId: deviceCorrelationId(), ...extra };
}

/** Create bodies both API versions refuse with 400, as [name, body, code]. */
export const createErrors = [
  ["no livenessOperationMode", { deviceCorrelationId: "d" }, "InvalidRequestBody"],
  ["an unknown livenessOperationMode", { livenessOperationMode: "Sideways", deviceCorrelationId: "d" }, "InvalidLivenessOperationMode"],
  ["a 59 s token lifetime", { livenessOperationMode: "Passive", deviceCorrelationId: "d", authTokenTimeToLiveInSeconds: 59 }, "InvalidTokenLifetime"],
  ["an 86401 s token lifetime", { livenessOperationMode: "Passive", deviceCorrelationId: "d", authTokenTimeToLiveInSeconds: 86401 }, "InvalidTokenLifetime"],
  ["no deviceCorrelationId", { livenessOperationMode: "Passive" }, "InvalidDeviceCorrelationId"],
  ["a 65-character deviceCorrelationId", { livenessOperationMode: "Passive", deviceCorrelationId: "x".repeat(65) }, "InvalidDeviceCorrelationId"],
];

/** A committed sample image from fixtures/images (made by `faceemu image`, see fixtures/images/regenerate.sh). */
export function fixtureImage(name) {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/images/${name}`, import.meta.url)));
}

/**
 * Calls the emulator's admin API (docs/control-plane.md, docs/device-side.md) with the suite's key,
 * i.e. on the suite's tenant. Returns the status, the parsed JSON body (or null) and the headers.
 */
export async function admin(method, path, body) {
  const { endpoint, key } = emulatorTarget();
  const res = await fetch(`${endpoint}${path}`, {
    method,
    headers: { "Ocp-Apim-Subscription-Key": key, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

/** A device-side call (docs/device-side.md): the session token as a bearer token, no subscription key. */
export async function device(path, token, body = {}) {
  const { endpoint } = emulatorTarget();
  const res = await fetch(`${endpoint}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** A fresh id per call, so the suites never collide inside one tenant. */
export function deviceCorrelationId() {
  return crypto.randomUUID();
}

/**
 * A valid RGB PNG of seeded noise. Noise keeps the file well above the 1 KB minimum that the
 * Face API sets for images; a fixed seed keeps it identical run to run.
 */
export function noisePng(width = 200, height = 200, seed = 42) {
  const rowBytes = 1 + width * 3; // filter byte + RGB
  const raw = Buffer.alloc(rowBytes * height);
  let state = seed >>> 0;
  for (let y = 0; y < height; y++) {
    raw[y * rowBytes] = 0; // filter: None
    for (let i = 1; i < rowBytes; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      raw[y * rowBytes + i] = state >>> 24;
    }
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, truecolour, deflate, adaptive filters, no interlace

  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]),
  );
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

// zlib.crc32 only exists from Node 20.15/22.2; the table version works on any supported Node.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) {
    c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}
