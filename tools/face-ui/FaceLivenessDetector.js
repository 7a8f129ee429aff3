// FaceEmulator's stand-in for @azure/ai-vision-face-ui: the same element, start(token) and exports as the
// official component as the samples use it, playing the device side against the emulator for real.
// One file, no dependencies, no build step. Served by the emulator at /face-ui/FaceLivenessDetector.js
// and installable from tools/face-ui (README "Testing your web frontend"; docs/web-component.md).

export const LivenessStatus = Object.freeze({
  NotComputed: "NotComputed",
  RealFace: "RealFace",
  SpoofFace: "SpoofFace",
  ResultQueryableFromService: "ResultQueryableFromService",
  Failed: "Failed",
});

export const RecognitionStatus = Object.freeze({
  NotComputed: "NotComputed",
  Recognized: "Recognized",
  NotRecognized: "NotRecognized",
  ResultQueryableFromService: "ResultQueryableFromService",
  Failed: "Failed",
});

// The SDK's failure reasons (AZFaceLivenessFailureReason); the ones this stand-in produces are mapped in docs/web-component.md.
export const LivenessError = Object.freeze(Object.fromEntries([
  "None", "InvalidToken", "UnexpectedClientError", "UnexpectedServerError", "ServerTimedOut", "TimedOut",
  "UserCanceledSession", "NoFaceDetected", "CameraPermissionDenied", "CameraStartupFailure", "FaceWithMaskDetected",
  "FaceMouthRegionNotVisible", "FaceEyeRegionNotVisible", "ExcessiveImageBlurDetected", "ExcessiveFaceBrightness",
  "EnvironmentNotSupported", "GenericFailure",
].map((name) => [name, name])));

export const RecognitionError = Object.freeze({ None: "None", GenericFailure: "GenericFailure" });

export const FaceUiMode = Object.freeze({ Automatic: "automatic", Interactive: "interactive" });

const CHOICES = [
  ["real-face", "Real face"], ["printed-photo", "Printed photo"], ["screen-replay", "Screen replay"],
  ["3d-mask", "3D mask"], ["no-face", "No face"], ["cancel", "Cancel"],
];

const STYLE = `:host{display:block;font:14px system-ui,sans-serif;max-width:360px}
video,canvas{width:100%;background:#222;border-radius:6px}
.panel{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
button{padding:6px 10px;border-radius:4px;border:1px solid #888;background:#f4f4f4;cursor:pointer}
.status{margin:6px 0;color:#333}`;

class Failure {
  constructor(livenessError, recognitionError, message, status, code) {
    Object.assign(this, { livenessError, recognitionError, message });
    if (status !== undefined) this.status = status;
    if (code !== undefined) this.code = code;
  }
}

function decodeClaims(token) {
  try {
    const part = String(token).split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const claims = JSON.parse(decodeURIComponent(escape(atob(part.padEnd(part.length + ((4 - (part.length % 4)) % 4), "=")))));
    const face = JSON.parse(claims.face);
    const paths = JSON.parse(claims["allowed-paths"]).map((p) => p.path);
    const find = (test) => paths.find(test);
    const session = {
      endpoint: String(face.endpoint).replace(/\/+$/, ""),
      withVerify: face.sessionType === "LivenessWithVerify",
      start: find((p) => p.endsWith("/session/start")),
      detect: find((p) => /\/detectLiveness(WithVerify)?\/singleModal$/.test(p)),
      // Tokens list attempt/end in every version, but only v1.3-preview.1 and later serve it (docs/device-side.md).
      end: find((p) => p.endsWith("/session/attempt/end") && !/^face\/v1\.[12][-/]/.test(p)),
    };
    return face.endpoint && session.start && session.detect ? session : null;
  } catch {
    return null;
  }
}

// HTTP answers to SDK errors: token refusals are InvalidToken, other 4xx UnexpectedClientError (as the iOS
// reference maps 401-409), gateway timeouts ServerTimedOut, other 5xx UnexpectedServerError.
function mapAnswer(status, code) {
  if (status === 401 || ["InvalidAuthToken", "AuthTokenExpired", "PathNotAllowed", "SessionNotFound"].includes(code)) {
    return LivenessError.InvalidToken;
  }
  if (status === 408 || status === 504) return LivenessError.ServerTimedOut;
  return status >= 500 ? LivenessError.UnexpectedServerError : LivenessError.UnexpectedClientError;
}

export class FaceLivenessDetector extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: "open" });
    this.mediaInfoDeviceId = undefined;
    this._running = false;
  }

  /** The element's mode attribute wins over the tenant's mode (GET /face-ui/mode). */
  get mode() { return this.getAttribute("mode"); }
  set mode(value) { this.setAttribute("mode", value); }

  /** Each call's timeout in milliseconds (attribute timeout-ms, default 30000); past it, TimedOut. */
  get timeoutMs() { return Number(this.getAttribute("timeout-ms")) || 30000; }

  start(token) {
    if (this._running) {
      return Promise.reject(new Failure(LivenessError.UnexpectedClientError, RecognitionError.None, "A check is already running."));
    }
    const session = decodeClaims(token);
    if (!session) {
      return Promise.reject(new Failure(LivenessError.InvalidToken, RecognitionError.None, "The session token cannot be read."));
    }
    this._running = true;
    this._token = token;
    this._session = session;
    return this._run().finally(() => {
      this._running = false;
      this._stopCamera();
    });
  }

  async _run() {
    const session = this._session;
    const failRecognition = session.withVerify ? RecognitionError.GenericFailure : RecognitionError.None;
    try {
      await this._render();
      const mode = await this._resolveMode();
      this._state("starting", "Starting the session…");
      await this._call(session.start, JSON.stringify({}), "application/json");
      let choice;
      if (mode === FaceUiMode.Interactive) {
        choice = await this._ask();
        if (choice === "cancel") throw new Failure(LivenessError.UserCanceledSession, failRecognition, "The user canceled the session.");
        if (choice === "no-face") throw new Failure(LivenessError.NoFaceDetected, failRecognition, "No face was detected.");
      }
      this._state("checking", "Checking…");
      const form = new FormData();
      form.append("image", await this._frame(), "frame.jpg");
      if (choice) form.append("faceemuScenario", choice);
      const answer = await this._call(session.detect, form);
      if (session.end) await this._call(session.end, JSON.stringify({}), "application/json");
      const result = this._result(answer, session);
      this._state("done", "Done.");
      this.dispatchEvent(new CustomEvent("livenesscomplete", { detail: result }));
      return result;
    } catch (error) {
      const failure = error instanceof Failure
        ? error
        : new Failure(LivenessError.UnexpectedClientError, failRecognition, String(error && error.message || error));
      if (failure.recognitionError === RecognitionError.None) failure.recognitionError = failRecognition;
      this._state("failed", `Failed: ${failure.livenessError}`);
      this.dispatchEvent(new CustomEvent("livenesserror", { detail: failure }));
      throw failure;
    }
  }

  _result(answer, session) {
    // v1.2+ never tells the client the decision ("The service response doesn't contain the liveness
    // decision"); only classic sessions with sendResultsToClient answer 200 with it.
    const body = answer && typeof answer === "object" ? answer : {};
    const liveness = { realface: LivenessStatus.RealFace, spoofface: LivenessStatus.SpoofFace }[body.livenessDecision];
    const identical = body.verifyResult ? body.verifyResult.isIdentical : undefined;
    return {
      livenessStatus: liveness || LivenessStatus.ResultQueryableFromService,
      recognitionResult: {
        status: !session.withVerify ? RecognitionStatus.NotComputed
          : identical === true ? RecognitionStatus.Recognized
          : identical === false ? RecognitionStatus.NotRecognized
          : RecognitionStatus.ResultQueryableFromService,
      },
    };
  }

  async _resolveMode() {
    const own = (this.getAttribute("mode") || "").toLowerCase();
    if (own === FaceUiMode.Automatic || own === FaceUiMode.Interactive) return own;
    try {
      const answer = await this._call("face-ui/mode");
      return answer && answer.mode === FaceUiMode.Interactive ? FaceUiMode.Interactive : FaceUiMode.Automatic;
    } catch {
      return FaceUiMode.Automatic; // session/start reports a bad token with its own error.
    }
  }

  async _call(path, body, contentType) {
    const headers = { Authorization: `Bearer ${this._token}` };
    if (contentType) headers["Content-Type"] = contentType;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    let response;
    try {
      response = await fetch(`${this._session.endpoint}/${path}`, {
        method: body === undefined ? "GET" : "POST", headers, body, signal: abort.signal, credentials: "omit",
      });
    } catch (error) {
      throw abort.signal.aborted
        ? new Failure(LivenessError.TimedOut, RecognitionError.None, `No answer from ${path} within ${this.timeoutMs} ms.`)
        : new Failure(LivenessError.UnexpectedClientError, RecognitionError.None, `The request to ${path} failed: ${error.message}`);
    } finally {
      clearTimeout(timer);
    }
    const text = await response.text();
    let json;
    try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
    if (!response.ok) {
      const code = (json && json.error && (json.error.code || json.error.statusCode)) || response.headers.get("x-ms-error-code") || String(response.status);
      const message = (json && json.error && json.error.message) || `${path} answered ${response.status}.`;
      throw new Failure(mapAnswer(response.status, code), RecognitionError.None, message, response.status, String(code));
    }
    return json;
  }

  async _render() {
    const root = this.shadowRoot;
    root.innerHTML = `<style>${STYLE}</style><p class="status" part="status" data-state="camera">Opening the camera…</p>`;
    this._stopCamera();
    if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
      try {
        const video = this.mediaInfoDeviceId ? { deviceId: { exact: this.mediaInfoDeviceId } } : true;
        this._stream = await navigator.mediaDevices.getUserMedia({ video, audio: false });
        const preview = document.createElement("video");
        Object.assign(preview, { autoplay: true, muted: true, playsInline: true, srcObject: this._stream });
        preview.setAttribute("part", "preview");
        root.appendChild(preview);
        await preview.play().catch(() => {});
        this._video = preview;
      } catch {
        this._stream = undefined; // No camera: the synthetic frame stands in.
      }
    }
  }

  _stopCamera() {
    if (this._stream) this._stream.getTracks().forEach((track) => track.stop());
    this._stream = undefined;
    this._video = undefined;
  }

  _state(state, text) {
    const status = this.shadowRoot.querySelector(".status");
    if (status) {
      status.dataset.state = state;
      status.textContent = text;
    }
  }

  _ask() {
    this._state("waiting", "Pick what the camera sees:");
    const panel = document.createElement("div");
    panel.className = "panel";
    panel.setAttribute("part", "panel");
    return new Promise((resolve) => {
      for (const [choice, label] of CHOICES) {
        const button = document.createElement("button");
        Object.assign(button, { type: "button", textContent: label });
        button.dataset.choice = choice;
        button.addEventListener("click", () => { panel.remove(); resolve(choice); });
        panel.appendChild(button);
      }
      this.shadowRoot.appendChild(panel);
    });
  }

  async _frame() {
    const canvas = document.createElement("canvas");
    const video = this._video;
    const live = video && video.videoWidth > 0;
    canvas.width = live ? video.videoWidth : 240;
    canvas.height = live ? video.videoHeight : 320;
    const context = canvas.getContext("2d");
    if (live) {
      context.drawImage(video, 0, 0);
    } else {
      // The emulator's synthetic frame: an ellipse on a two-tone background (no face is analysed anyway).
      context.fillStyle = "#4a6fa5"; context.fillRect(0, 0, 240, 160);
      context.fillStyle = "#2e4a6b"; context.fillRect(0, 160, 240, 160);
      context.fillStyle = "#e0b48c"; context.beginPath(); context.ellipse(120, 160, 60, 72, 0, 0, 2 * Math.PI); context.fill();
    }
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85));
    return blob || new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: "image/jpeg" });
  }
}

if (!customElements.get("azure-ai-vision-face-ui")) {
  customElements.define("azure-ai-vision-face-ui", FaceLivenessDetector);
}

export default FaceLivenessDetector;
