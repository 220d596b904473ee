import type { DownloadedFile } from '@customer-center/sdk';

/** How long the file's object URL lives: long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 1000;

/**
 * Saves a downloaded file the way a browser saves a link's target, under its own name.
 * `container` holds the temporary link: pass one inside an open modal dialog, where the rest
 * of the page is inert.
 */
export function saveFile({ blob, filename }: DownloadedFile, container: ParentNode = document.body): void {
  const url = URL.createObjectURL(blob);
  const anchor = Object.assign(document.createElement('a'), { href: url, download: filename, hidden: true });
  container.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
