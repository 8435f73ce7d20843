// Copy buttons: each names the element whose text it copies (data-copy="element-id").
export {};

const status = document.querySelector<HTMLElement>('[data-copy-status]');

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copy ?? '')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
      if (status) status.textContent = 'Copied to the clipboard.';
    } catch {
      button.textContent = 'Select and copy';
      if (status) status.textContent = 'The clipboard is not available here: select the text and copy it.';
    }
    window.setTimeout(() => {
      button.textContent = 'Copy';
    }, 2000);
  });
}
