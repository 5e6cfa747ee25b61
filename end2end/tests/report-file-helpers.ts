// Report files for the "Open a file" tests (report-file.spec.ts, serve-file.spec.ts): PDFs made
// in the test by Chromium's print to PDF from HTML report layouts, so no file is stored.
import type { Browser, Page } from "@playwright/test";

/** Plain lines of a report. */
export const PLAIN_HTML = `<body style="font: 12pt sans-serif">
<h1>SURGICAL PATHOLOGY REPORT</h1>
<p>Specimen: Left breast, core needle biopsy.</p>
<p>Diagnosis: Invasive ductal carcinoma, grade 2.</p>
<p>Estrogen receptor: Positive, 95%. Ki-67: 25%.</p>
<p>HER2 by immunohistochemistry (clone 4B5): EQUIVOCAL (score 2+).</p>
<p>HER2 FISH (dual-probe): Number of cells counted: 40. Average HER2 copy number per cell: 4.8.
Average CEP17 copy number per cell: 3.0. HER2/CEP17 ratio: 1.6.</p>
</body>`;

/** A portal layout: a two-column table, each label in one cell and its value in the next. */
export const TABLE_HTML = `<body style="font: 12pt sans-serif">
<h1>Pathology results</h1>
<p>Specimen: Right breast, core biopsy. Invasive carcinoma of no special type.</p>
<table style="width: 100%; border-collapse: collapse">
<tr><td style="width: 60%">Test</td><td>Result</td></tr>
<tr><td>Estrogen receptor</td><td>Positive (90%)</td></tr>
<tr><td>HER2 IHC score</td><td>3+</td></tr>
<tr><td>Number of cells counted</td><td>20</td></tr>
<tr><td>Average HER2 copy number per cell</td><td>8.2</td></tr>
<tr><td>Average CEP17 copy number per cell</td><td>2.0</td></tr>
<tr><td>HER2/CEP17 ratio</td><td>4.1</td></tr>
</table>
</body>`;

/** A scanned report: the words are only pixels (a canvas), the PDF has no text. */
export const IMAGE_HTML = `<body style="margin: 0"><canvas id="c" width="600" height="200"></canvas>
<script>
const g = document.getElementById("c").getContext("2d");
g.fillStyle = "#fff"; g.fillRect(0, 0, 600, 200);
g.fillStyle = "#000"; g.font = "24px sans-serif";
g.fillText("HER2 IHC score: 2+", 20, 60);
g.fillText("HER2/CEP17 ratio: 1.6", 20, 120);
</script></body>`;

/** Prints `html` to a PDF in a page of its own (not the test's page). */
export async function pdfOf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return await page.pdf({ format: "A4", printBackground: true });
  } finally {
    await page.close();
  }
}

/** Opens the paste reader and chooses a file in its "Open a file" input. */
export async function openFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  const summary = page.locator(".paste-reader__summary");
  if ((await page.locator(".paste-reader[open]").count()) === 0) await summary.click();
  await page.locator("#report-file").setInputFiles({ name, mimeType, buffer });
}

/** A PDF locked with a password: a standard security handler whose user-password check fails
 *  for the empty password (made by hand; Chromium does not print locked PDFs). */
export function lockedPdf(): Buffer {
  const hex = (n: number) =>
    Array.from({ length: n }, (_, i) => ((i * 37 + 11) % 256).toString(16).padStart(2, "0")).join("");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32)}> /P -4 >>`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
