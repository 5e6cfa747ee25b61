// "Open a file" of the report tool: reads a PDF or a .txt file on this device and puts its text
// into the report-text box, then presses "Read my report", so a file is read exactly as pasted
// text is (same highlighting, same "Use these values" before anything is filled in). Nothing is
// sent anywhere: the file is read with the browser's File API, and a PDF's text with pdf.js
// (Mozilla's pdfjs-dist, legacy build, copied into vendor/pdfjs/ by scripts/postbuild.mjs),
// which is fetched from this site only when a PDF is chosen, with its worker from this site too.
//
// The page's script (src/page.js) imports this module when a file is chosen and calls
// openFile; the markup (the input, its hint and the message line) is the paste reader's
// (src/components/report/paste_reader.rs). The messages below are in the page's language (the
// site's two: English and Spanish; wording rules: the writing guide). Details: docs/serving.md.

/** The largest file read (also in the hint, content/<lang>/ui-report.toml: file_hint). */
const LIMIT_BYTES = 10 * 1024 * 1024;
/** Pages read from one PDF (a pathology report has a few; the reader reads the start). */
const MAX_PAGES = 50;

const MESSAGES = {
  en: {
    reading: "Reading the file…",
    done: "The text of {name} is in the box below, and we read it. Check the text, and check each value against your report.",
    scanned:
      "This PDF has no text we can read. It may be a scan or a photo of the report. Please type the values in the questions below, or paste the report's text in the box.",
    password:
      "This PDF is locked with a password, so we cannot read it. Open it in the app you use for PDFs, copy its text and paste it in the box below, or type the values in the questions below.",
    damaged:
      "We could not read this file. It may be damaged, or it may not be a real PDF. Try to save it again from where you got it, or paste the report's text in the box below.",
    tooLarge:
      "This file is too large. The limit is 10 MB. Please paste the report's text in the box below, or type the values in the questions below.",
    wrongType:
      "We cannot read this kind of file. Please choose a PDF or a text (.txt) file, or paste the report's text in the box below.",
    empty: "This file is empty. Please choose another file, or paste the report's text in the box below.",
    failed:
      "The PDF reader could not be loaded. Please check your internet connection and try again, or paste the report's text in the box below.",
  },
  es: {
    reading: "Leyendo el archivo…",
    done: "El texto de {name} está en el cuadro de abajo y ya lo leímos. Revise el texto y compare cada valor con su informe.",
    scanned:
      "Este PDF no tiene texto que podamos leer. Puede ser un escaneo o una foto del informe. Por favor, escriba los valores en las preguntas de abajo, o pegue el texto del informe en el cuadro.",
    password:
      "Este PDF tiene contraseña, así que no podemos leerlo. Ábralo en la aplicación que usa para los PDF, copie su texto y péguelo en el cuadro de abajo, o escriba los valores en las preguntas de abajo.",
    damaged:
      "No pudimos leer este archivo. Puede estar dañado, o puede no ser un PDF de verdad. Intente guardarlo otra vez desde donde lo obtuvo, o pegue el texto del informe en el cuadro de abajo.",
    tooLarge:
      "Este archivo es demasiado grande. El límite es 10 MB. Por favor, pegue el texto del informe en el cuadro de abajo, o escriba los valores en las preguntas de abajo.",
    wrongType:
      "No podemos leer este tipo de archivo. Por favor, elija un archivo PDF o de texto (.txt), o pegue el texto del informe en el cuadro de abajo.",
    empty: "Este archivo está vacío. Por favor, elija otro archivo, o pegue el texto del informe en el cuadro de abajo.",
    failed:
      "No se pudo cargar el lector de PDF. Por favor, revise su conexión a internet e inténtelo de nuevo, o pegue el texto del informe en el cuadro de abajo.",
  },
};

/** A problem with the file, shown as its message. */
class FileProblem extends Error {
  constructor(kind) {
    super(kind);
    this.kind = kind;
  }
}

let latest = 0;

/** Reads the file chosen in `input` (the report tool's file input). */
export async function openFile(input) {
  const file = input.files && input.files[0];
  if (!file) return;
  const turn = ++latest;
  const message = document.getElementById("report-file-message");
  const words = MESSAGES[(document.documentElement.lang || "en").toLowerCase().startsWith("es") ? "es" : "en"];
  const say = (kind, error, name = "") => {
    if (turn !== latest || !message) return;
    message.textContent = words[kind].replace("{name}", name);
    message.dataset.message = kind;
    if (error) message.setAttribute("role", "alert");
    else message.removeAttribute("role");
  };
  say("reading", false);
  let text;
  try {
    text = await readFile(file);
  } catch (error) {
    say(error instanceof FileProblem ? error.kind : "damaged", true);
    return;
  }
  await hydrated();
  if (turn !== latest) return;
  const box = document.getElementById("report-paste");
  if (!box) return;
  box.value = text;
  box.dispatchEvent(new Event("input", { bubbles: true }));
  say("done", false, file.name);
  document.querySelector(".report-paste-read")?.click();
}

/** The text of a file: a PDF's text, or a text file's. Throws a FileProblem. */
async function readFile(file) {
  if (file.size > LIMIT_BYTES) throw new FileProblem("tooLarge");
  if (file.size === 0) throw new FileProblem("empty");
  const name = file.name.toLowerCase();
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  const pdfMark = String.fromCharCode(...head).includes("%PDF-");
  const pdf = pdfMark || file.type === "application/pdf" || name.endsWith(".pdf");
  const plain = file.type === "text/plain" || name.endsWith(".txt");
  let text;
  if (pdf) {
    if (!pdfMark) throw new FileProblem("damaged");
    text = await pdfText(await file.arrayBuffer());
    if (!text.trim()) throw new FileProblem("scanned");
  } else if (plain) {
    text = (await file.text()).replace(/^\uFEFF/, "");
    // A picture or other binary file named .txt.
    if (text.includes("\u0000")) throw new FileProblem("wrongType");
    if (!text.trim()) throw new FileProblem("empty");
  } else {
    throw new FileProblem("wrongType");
  }
  return text;
}

/** pdf.js, from this site (relative to this module, so it works under a sub-path). */
async function loadPdfjs() {
  try {
    const pdfjs = await import(new URL("vendor/pdfjs/pdf.min.mjs", import.meta.url).href);
    pdfjs.GlobalWorkerOptions.workerSrc = new URL("vendor/pdfjs/pdf.worker.min.mjs", import.meta.url).href;
    return pdfjs;
  } catch {
    throw new FileProblem("failed");
  }
}

/** The text of a PDF, page by page, one line of the page per line of text. */
async function pdfText(bytes) {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    // The strict Content-Security-Policy allows no eval; only text is read, so no fonts,
    // images or scripts of the PDF are loaded or run.
    isEvalSupported: false,
    disableFontFace: true,
    enableXfa: false,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      throw new FileProblem(error && error.name === "PasswordException" ? "password" : "damaged");
    }
    const pages = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items).join("\n"));
      page.cleanup();
    }
    return pages.filter((p) => p.trim()).join("\n\n");
  } catch (error) {
    throw error instanceof FileProblem ? error : new FileProblem("damaged");
  } finally {
    task.destroy();
  }
}

/** The lines of one page: text pieces grouped by their baseline (top to bottom), each line's
 *  pieces in reading order (left to right). Pieces far apart on a line (a label in one table
 *  cell, its value in the next) are joined with a tab, which the reader takes as a space, so a
 *  label stays next to its value. */
export function pageLines(items) {
  const pieces = items
    .filter((item) => typeof item.str === "string" && item.str.trim() && Array.isArray(item.transform))
    .map((item) => ({
      text: item.str,
      x: item.transform[4],
      y: item.transform[5],
      width: item.width || 0,
      size: Math.abs(item.transform[3]) || Math.abs(item.transform[0]) || item.height || 10,
    }));
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines = [];
  for (const piece of pieces) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - piece.y) <= Math.min(line.size, piece.size) * 0.5) {
      line.pieces.push(piece);
    } else {
      lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
    }
  }
  return lines.map(({ pieces }) => {
    pieces.sort((a, b) => a.x - b.x);
    let out = "";
    let end = null;
    for (const piece of pieces) {
      if (end !== null) {
        const gap = piece.x - end;
        if (gap > piece.size * 1.5) out += "\t";
        else if (gap > piece.size * 0.15 && !/\s$/.test(out) && !/^\s/.test(piece.text)) out += " ";
      }
      out += piece.text;
      end = piece.x + piece.width;
    }
    return out.trim();
  });
}

/** Resolves once the report tool is live (<html data-hydrated>), or after 30 seconds. */
function hydrated() {
  const root = document.documentElement;
  if (root.hasAttribute("data-hydrated")) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.hasAttribute("data-hydrated")) done();
    });
    const timer = setTimeout(done, 30000);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe(root, { attributes: true, attributeFilter: ["data-hydrated"] });
  });
}
