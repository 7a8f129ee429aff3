// The tests both suites run through the emulator's admin API (docs/control-plane.md): a scripted attempt,
// token expiry by moving the tenant clock, and a 429 fault then recovery. A suite passes what is its own:
//
//   { label: "beta.1", apiVersion, createSession(extra), assertError(res, status, code) }
//
// where createSession makes a Passive liveness session through the suite's client. The suites may share a
// tenant (helpers.mjs), so the clock only moves forward and fault rules are scoped to the suite's version.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { admin, device, needsAdmin } from "./helpers.mjs";

/** Scripts the session's next attempt (docs/device-side.md) and returns the recorded attempt. */
export async function scriptAttempt(sessionId, outcome) {
  const scripted = await admin("POST", `/__admin/sessions/${sessionId}/attempts`, outcome);
  assert.equal(scripted.status, 200, JSON.stringify(scripted.body));
  return scripted.body;
}

/** A device call with a 60 s token, after the tenant clock moved two minutes on, is 403 AuthTokenExpired. */
export function describeTokenExpiry({ label, apiVersion, createSession }) {
  describe(`${label} token expiry by moving the tenant clock`, { skip: needsAdmin }, () => {
    it("a device call after the token's lifetime is 403 AuthTokenExpired", async () => {
      const session = await createSession({ authTokenTimeToLiveInSeconds: 60 });

      // Forward only: the other suite may share this tenant and its clock (helpers.mjs).
      const moved = await admin("POST", "/__admin/clock", { advance: "PT2M" });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));

      const refused = await device(`/face/${apiVersion}/detectLiveness/singleModal`, session.authToken);
      assert.equal(refused.status, 403, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, "AuthTokenExpired");
    });
  });
}

/**
 * A one-shot 429 on `operation`: `call(session)` through the client fails with 429 and Retry-After
 * (`retryAfterSeconds`, or the emulator's default of 1 when it is left out), then the same call succeeds
 * and `assertRecovered(res, session)` checks its answer; the used-up rule leaves the list.
 */
export function describeFaultRecovery({ label, apiVersion, createSession, assertError }, { operation, retryAfterSeconds, call, assertRecovered }) {
  describe(`${label} a 429 fault, then recovery`, { skip: needsAdmin }, () => {
    let faultId;
    after(async () => {
      if (faultId) {
        await admin("DELETE", `/__admin/faults/${faultId}`); // only if the test failed before using it
      }
    });

    it("the client call fails with 429 and Retry-After, then succeeds once the fault's count is used", async () => {
      const session = await createSession();
      const added = await admin("POST", "/__admin/faults", {
        operation,
        apiVersion, // scoped to this suite's version: the other suite may share the tenant
        status: 429,
        count: 1,
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      faultId = added.body.id;

      const throttled = await call(session);
      assertError(throttled, 429, "429");
      assert.equal(throttled.headers["retry-after"], String(retryAfterSeconds ?? 1));

      assertRecovered(await call(session), session);

      const rules = await admin("GET", "/__admin/faults");
      assert.equal(rules.body.faults.some((f) => f.id === faultId), false, "a used-up rule leaves the list");
      faultId = undefined;
    });
  });
}
