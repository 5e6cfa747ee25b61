import { test, expect, ready, toolReady } from "./fixtures";
import { IMAGE_HTML, PLAIN_HTML, TABLE_HTML, lockedPdf, openFile, pdfOf } from "./report-file-helpers";
import type { Page } from "@playwright/test";

// "Open a file" in the paste reader (public/report-file.js): a PDF or .txt file is read on the
// device, its text goes into the report-text box and is read as pasted text is. pdf.js
// (vendor/pdfjs/) is fetched only when a PDF is chosen. PDFs are printed by Chromium in the test.

const message = (page: Page) => page.locator("#report-file-message");
const box = (page: Page) => page.locator("#report-paste");

/** The app's files this page fetched (paths relative to the site). */
function watchFetches(page: Page) {
  const paths: string[] = [];
  page.on("request", (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

test("a PDF of plain lines is read on the device and its values are shown to confirm", async ({ page, browser }) => {
  const fetched = watchFetches(page);
  await page.goto("/");
  await toolReady(page);
  // Neither the reader nor pdf.js comes with the page or the tool.
  expect(fetched.filter((p) => /report-file|vendor\//.test(p))).toEqual([]);
  await openFile(page, "report.pdf", "application/pdf", await pdfOf(browser, PLAIN_HTML));
  await expect(message(page)).toHaveText(
    "The text of report.pdf is in the box below, and we read it. Check the text, and check each value against your report.",
  );
  await expect(message(page)).not.toHaveAttribute("role", "alert");
  await expect(box(page)).toHaveValue(/HER2 by immunohistochemistry \(clone 4B5\): EQUIVOCAL \(score 2\+\)\./);
  await expect(page.locator("#paste-found-title")).toBeFocused();
  const found = page.locator(".paste-found");
  await expect(found.locator("[data-field=ihc_score]")).toContainText("IHC 2+");
  await expect(found.locator("[data-field=ish_ratio]")).toContainText("1.6");
  await expect(found.locator("[data-field=cells_counted]")).toContainText("40");
  await expect(page.locator(".paste-preview mark").filter({ hasText: "2+" })).toHaveCount(1);
  // Nothing is filled in before "Use these values".
  await expect(page.locator("#report-cancer-breast")).not.toBeChecked();
  await page.getByRole("button", { name: "Use these values" }).click();
  await expect(page.locator("#report-notice")).toContainText("We filled in what we found");
  // Only this site's reader and pdf.js were fetched for it.
  const forFile = fetched.filter((p) => /report-file|vendor\//.test(p));
  // (The reader's name carries its content hash, so an open page keeps its own build's reader.)
  expect(forFile.sort().map((p) => p.replace(/-[0-9a-f]{16}\.js$/, "-<hash>.js"))).toEqual([
    "/report-file-<hash>.js",
    "/vendor/pdfjs/pdf.min.mjs",
    "/vendor/pdfjs/pdf.worker.min.mjs",
  ]);
});

test("a two-column table keeps each label next to its value", async ({ page, browser }) => {
  await page.goto("/");
  await toolReady(page);
  await openFile(page, "portal.pdf", "application/pdf", await pdfOf(browser, TABLE_HTML));
  await expect(page.locator("#paste-found-title")).toBeFocused();
  const text = await box(page).inputValue();
  const lines = text.split("\n");
  for (const [label, value] of [
    ["HER2 IHC score", "3+"],
    ["Number of cells counted", "20"],
    ["Average HER2 copy number per cell", "8.2"],
    ["HER2/CEP17 ratio", "4.1"],
  ]) {
    expect(lines, `${label} and ${value} on one line`).toContainEqual(expect.stringMatching(
      new RegExp(`^${label.replace(/[/+.]/g, "\\$&")}\\s+${value.replace(/[+.]/g, "\\$&")}$`),
    ));
  }
  const found = page.locator(".paste-found");
  await expect(found.locator("[data-field=ihc_score]")).toContainText("IHC 3+");
  await expect(found.locator("[data-field=ish_ratio]")).toContainText("4.1");
  await expect(found.locator("[data-field=avg_her2_copies]")).toContainText("8.2");
  await expect(found.locator("[data-field=avg_cep17_copies]")).toContainText("2.0");
});

test("Spanish: a PDF table is read and the messages are in Spanish", async ({ page, browser }) => {
  await page.goto("/es/");
  await toolReady(page);
  await expect(page.locator("label[for=report-file]")).toHaveText("Abrir un archivo (PDF o .txt)");
  await openFile(page, "informe.pdf", "application/pdf", await pdfOf(browser, TABLE_HTML));
  await expect(message(page)).toHaveText(
    "El texto de informe.pdf está en el cuadro de abajo y ya lo leímos. Revise el texto y compare cada valor con su informe.",
  );
  await expect(page.locator(".paste-found [data-field=ish_ratio]")).toContainText("4,1");
  await openFile(page, "escaneo.pdf", "application/pdf", await pdfOf(browser, IMAGE_HTML));
  await expect(message(page)).toHaveText(/^Este PDF no tiene texto que podamos leer\./);
  await expect(message(page)).toHaveAttribute("role", "alert");
  await openFile(page, "foto.png", "image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  await expect(message(page)).toHaveText(/^No podemos leer este tipo de archivo\. .*\(\.txt\)/);
  await openFile(page, "con-clave.pdf", "application/pdf", lockedPdf());
  await expect(message(page)).toHaveText(/^Este PDF tiene contraseña, así que no podemos leerlo\./);
});

test("a scanned PDF (no text) says so, and nothing is put in the box", async ({ page, browser }) => {
  await page.goto("/");
  await toolReady(page);
  await openFile(page, "scan.pdf", "application/pdf", await pdfOf(browser, IMAGE_HTML));
  await expect(message(page)).toHaveText(
    "This PDF has no text we can read. It may be a scan or a photo of the report. Please type the values in the questions below, or paste the report's text in the box.",
  );
  await expect(message(page)).toHaveAttribute("role", "alert");
  await expect(box(page)).toHaveValue("");
  await expect(page.locator(".paste-results")).toHaveCount(0);
});

test("a .txt file is read as pasted text; an empty one says so", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  const fetched = watchFetches(page);
  const text = "\uFEFFHER2 (4B5) IHC: 2+, equivocal.\nHER2/CEP17 ratio: 2.3\n";
  await openFile(page, "report.txt", "text/plain", Buffer.from(text, "utf8"));
  await expect(box(page)).toHaveValue(text.slice(1));
  await expect(page.locator(".paste-found [data-field=ish_ratio]")).toContainText("2.3");
  await expect(message(page)).toContainText("The text of report.txt is in the box below");
  // A text file needs no pdf.js.
  expect(fetched.filter((p) => p.includes("vendor/"))).toEqual([]);
  await openFile(page, "empty.txt", "text/plain", Buffer.alloc(0));
  await expect(message(page)).toHaveText(
    "This file is empty. Please choose another file, or paste the report's text in the box below.",
  );
  await openFile(page, "blank.txt", "text/plain", Buffer.from(" \n\t\n"));
  await expect(message(page)).toHaveText(/^This file is empty\./);
  // The text read before stays for the person to use.
  await expect(box(page)).toHaveValue(text.slice(1));
});

test("a wrong file type, a file too large, a locked PDF and a damaged PDF each get a clear message", async ({ page }) => {
  await page.goto("/");
  await toolReady(page);
  await openFile(page, "photo.png", "image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  await expect(message(page)).toHaveText(
    "We cannot read this kind of file. Please choose a PDF or a text (.txt) file, or paste the report's text in the box below.",
  );
  await expect(message(page)).toHaveAttribute("role", "alert");
  await openFile(page, "big.pdf", "application/pdf", Buffer.alloc(10 * 1024 * 1024 + 1, 0x20));
  await expect(message(page)).toHaveText(/^This file is too large\. The limit is 10 MB\./);
  // Random bytes named .pdf, and a PDF header followed by garbage (read by pdf.js).
  const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  await openFile(page, "broken.pdf", "application/pdf", random);
  await expect(message(page)).toHaveText(/^We could not read this file\. It may be damaged/);
  await openFile(page, "broken2.pdf", "application/pdf", Buffer.concat([Buffer.from("%PDF-1.7\n"), random]));
  await expect(message(page)).toHaveText(/^Reading the file…$|^We could not read this file\./);
  await expect(message(page)).toHaveText(/^We could not read this file\. It may be damaged/);
  await openFile(page, "locked.pdf", "application/pdf", lockedPdf());
  await expect(message(page)).toHaveText(
    "This PDF is locked with a password, so we cannot read it. Open it in the app you use for PDFs, copy its text and paste it in the box below, or type the values in the questions below.",
  );
  await expect(message(page)).toHaveAttribute("role", "alert");
  await expect(box(page)).toHaveValue("");
  // A binary file named .txt is not taken as text.
  await openFile(page, "photo.txt", "text/plain", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  await expect(message(page)).toHaveText(/^We cannot read this kind of file\./);
});

test("a kiosk has no file picker", async ({ page }) => {
  await page.goto("/?mode=kiosk");
  await ready(page);
  await page.locator("html[data-modes-ready]").waitFor({ state: "attached" });
  await expect(page.locator("#report-file")).toBeAttached();
  await expect(page.locator("#report-file")).toBeHidden();
  await expect(page.locator(".paste-reader")).toBeHidden();
});
