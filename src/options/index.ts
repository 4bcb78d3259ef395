/**
 * Options page: marks on/off, marking style, automatic analysis on chosen sites, export format.
 * Saved in browser.storage.local through src/settings.ts. The background follows the stored
 * site list and the granted permissions (src/background/auto-sites.ts); this page only asks.
 *
 * Selectors: #marks, input[name=markStyle], input[name=exportFormat], #site-input, #add-site,
 * #auto-sites li[data-site] (.remove-site, .grant-site), #site-status, #saved.
 */
import browser from '../platform/browser';
import type { Translate } from '../present/messages';
import { loadSettings, normaliseSite, originsForSite, saveSettings, type Settings } from '../settings';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
const storage = browser.storage.local;

const form = document.getElementById('options') as HTMLFormElement;
const marks = document.getElementById('marks') as HTMLInputElement;
const markStyleGroup = document.getElementById('mark-style') as HTMLFieldSetElement;
const siteInput = document.getElementById('site-input') as HTMLInputElement;
const siteList = document.getElementById('auto-sites') as HTMLUListElement;
const siteStatus = document.getElementById('site-status') as HTMLElement;
const saved = document.getElementById('saved') as HTMLElement;

function localiseStaticText(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
  document.documentElement.lang = browser.i18n.getUILanguage();
}

function radios(name: string): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`)];
}

function showForm(s: Settings): void {
  marks.checked = s.marks;
  markStyleGroup.disabled = !s.marks;
  for (const r of radios('markStyle')) r.checked = r.value === s.markStyle;
  for (const r of radios('exportFormat')) r.checked = r.value === s.exportFormat;
}

async function showSites(s: Settings): Promise<void> {
  const items = await Promise.all(
    s.autoSites.map(async (site) => {
      const granted = await browser.permissions.contains({ origins: originsForSite(site) }).catch(() => false);
      const li = document.createElement('li');
      li.dataset.site = site;
      const host = document.createElement('span');
      host.className = 'host';
      host.textContent = site;
      li.append(host);
      if (!granted) {
        const note = document.createElement('span');
        note.className = 'no-access';
        note.textContent = t('optionsAutoNoAccess');
        const grant = button(t('optionsAutoGrant'), 'grant-site', site);
        li.append(note, grant);
      }
      const spacer = document.createElement('span');
      spacer.className = 'spacer';
      const remove = button(t('optionsAutoRemove'), 'remove-site', site);
      remove.setAttribute('aria-label', t('optionsAutoRemoveFor', [site]));
      li.append(spacer, remove);
      return li;
    }),
  );
  if (!items.length) {
    const empty = document.createElement('li');
    empty.className = 'empty';
    empty.textContent = t('optionsAutoNone');
    items.push(empty);
  }
  siteList.replaceChildren(...items);
}

function button(label: string, className: string, site: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.dataset.site = site;
  b.textContent = label;
  return b;
}

async function save(change: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = await saveSettings(storage, change);
  showForm(next);
  saved.textContent = t('optionsSaved');
  return next;
}

/**
 * Adds a site: the permission request must be the first thing the click does (Firefox
 * only grants it inside the user's gesture), so nothing is awaited before it.
 */
function addSite(): void {
  const site = normaliseSite(siteInput.value);
  if (!site) {
    siteStatus.textContent = t('optionsAutoInvalid');
    return;
  }
  void browser.permissions
    .request({ origins: originsForSite(site) })
    .catch(() => false)
    .then(async (granted) => {
      if (!granted) {
        siteStatus.textContent = t('optionsAutoDenied', [site]);
        return;
      }
      const current = await loadSettings(storage);
      const next = await save({ autoSites: [...current.autoSites, site] });
      siteInput.value = '';
      siteStatus.textContent = t('optionsAutoAdded', [site]);
      await showSites(next);
    });
}

function grantSite(site: string): void {
  void browser.permissions
    .request({ origins: originsForSite(site) })
    .catch(() => false)
    .then(async () => showSites(await loadSettings(storage)));
}

async function removeSite(site: string): Promise<void> {
  // Give the access back first; the background unregisters the script when either changes.
  await browser.permissions.remove({ origins: originsForSite(site) }).catch(() => false);
  const current = await loadSettings(storage);
  const next = await save({ autoSites: current.autoSites.filter((s) => s !== site) });
  siteStatus.textContent = t('optionsAutoRemoved', [site]);
  await showSites(next);
}

async function main(): Promise<void> {
  localiseStaticText();
  const settings = await loadSettings(storage);
  showForm(settings);
  await showSites(settings);

  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (input === marks) void save({ marks: marks.checked });
    else if (input.name === 'markStyle' && (input.value === 'underline' || input.value === 'tint')) void save({ markStyle: input.value });
    else if (input.name === 'exportFormat' && (input.value === 'json' || input.value === 'text')) void save({ exportFormat: input.value });
  });
  document.getElementById('add-site')?.addEventListener('click', addSite);
  siteInput.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    addSite();
  });
  siteList.addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-site]') : null;
    const site = b?.dataset.site;
    if (!b || !site) return;
    if (b.classList.contains('remove-site')) void removeSite(site);
    else if (b.classList.contains('grant-site')) grantSite(site);
  });
}

void main();
