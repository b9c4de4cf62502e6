const $ = (id) => document.getElementById(id);
const norm = (s) => s.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/[^a-z0-9-]/g, '');

document.addEventListener('DOMContentLoaded', async () => {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  $('base').value = tab.url.split('?')[0];
  $('build').onclick = async () => {
    const u = new URL($('base').value);
    for (const k of ['source', 'medium', 'campaign', 'content']) {
      const v = norm($(k).value || '');
      if (v) u.searchParams.set('utm_' + k, v);
    }
    await navigator.clipboard.writeText(u.toString());
    const { history = [] } = await chrome.storage.sync.get('history');
    history.unshift({ url: u.toString(), at: Date.now() });
    await chrome.storage.sync.set({ history: history.slice(0, 200) });
    $('out').textContent = 'Copied: ' + u;
  };
});
