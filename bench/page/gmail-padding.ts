/**
 * Pads a generated Gmail thread page (tests/fixtures/gmail/make-thread.ts) to the size of Gmail's own
 * document with a thread open: toolbars with icons, the left navigation's labels, several list views
 * Gmail keeps cached and hidden (50 rows each, every row with person chips and a thread id), an earlier
 * thread view kept hidden, signatures and quoted text in every message body, the side panel and the
 * many hidden menus. Document-wide queries then pay what they pay in Gmail. Runs in the page.
 */

const ICON = '<svg viewBox="0 0 24 24" class="Qk"><path d="M3 3h18v18H3z"></path></svg>';
const button = (label: string): string =>
  `<div class="T-I J-J5-Ji" role="button" aria-label="${label}" data-tooltip="${label}"><div class="asa">${ICON}</div></div>`;
const repeat = (n: number, part: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => part(i)).join('');

const toolbar = (name: string, buttons: number): string =>
  `<div class="G-atb" role="toolbar" aria-label="${name}"><div class="G-tF">${repeat(buttons, (i) => button(`${name} ${i}`))}</div></div>`;

const searchBar = (): string =>
  `<form class="aJf" role="search"><div class="gb_Fe"><button class="gb_He" aria-label="Search mail">${ICON}</button><input class="gb_he" name="q" aria-label="Search mail" placeholder="Search mail"><button class="gb_Ie" aria-label="Search options">${ICON}</button></div></form>${repeat(8, (i) => `<div class="gb_Nd"><a class="gb_C" href="#apps-${i}" aria-label="App ${i}">${ICON}</a></div>`)}`;

const navigation = (labels: number): string =>
  repeat(
    labels,
    (i) =>
      `<div class="aim${i === 0 ? ' ain' : ''}"><div class="TO" data-tooltip="Label ${i}"><div class="TN bzz aHS-bnt"><div class="qj">${ICON}</div><div class="aio UKr6le"><span class="nU"><a href="#label/Label+${i}" class="J-Ke n0" title="Label ${i}" aria-label="Label ${i}">Label ${i}</a></span></div><div class="bsU">${i % 7}</div></div></div></div>`,
  );

const person = (i: number): { name: string; email: string } => ({
  name: `Sender ${i}`,
  email: `sender${i}@list${i % 40}.example`,
});

/** One inbox row as Gmail draws it: checkbox, star, senders, subject and snippet, labels, date, hover actions. */
function row(view: number, i: number): string {
  const a = person(view * 50 + i);
  const b = person(view * 50 + i + 7);
  const chipOf = (p: { name: string; email: string }): string =>
    `<span class="yP" email="${p.email}" name="${p.name}" data-hovercard-id="${p.email}">${p.name}</span>`;
  return `<tr class="zA ${i % 3 ? 'yO' : 'zE'}" role="row" tabindex="-1" id=":${view}r${i}" draggable="true">
<td class="PF xY"></td><td class="oZ-x3 xY" role="gridcell"><div class="oZ-jc T-Jo J-J5-Ji" role="checkbox" aria-checked="false"><div class="T-Jo-auh"></div></div></td>
<td class="apU xY"><span class="T-KT" role="button" aria-label="Not starred">${ICON}</span></td>
<td class="WA xY"><div class="pG" role="switch" aria-label="Not important"><div class="T-ays-a45"><span class="aol"></span></div></div></td>
<td class="yX xY" role="gridcell"><div class="afn">${a.name}, ${b.name}</div><div class="yW"><span class="bA4">${chipOf(a)}</span>, <span class="bA4">${chipOf(b)}</span><span class="bx0">3</span></div></td>
<td class="xY a4W" role="gridcell"><div class="a4X"><div class="xS" role="link"><div class="xT"><div class="yi"><div class="ar as"><div class="at" title="Label ${i % 9}"><div class="au"><div class="av">Label ${i % 9}</div></div></div></div></div><div class="y6"><span class="bog"><span data-thread-id="#thread-f:17${view}${String(i).padStart(16, '0')}" data-legacy-thread-id="18c${view}${String(i).padStart(13, '0')}">Subject of conversation ${view}-${i}</span></span></div><span class="y2"> - Snippet of the latest message in conversation ${i}, cut where the row ends…</span></div></div></div></td>
<td class="yf xY"><div class="brd">${i % 5 ? '' : '<span class="brg">attachment.pdf</span>'}</div></td>
<td class="xW xY" role="gridcell"><span title="Nov ${1 + (i % 28)}, 2026, 9:0${i % 10} AM" aria-label="Nov ${1 + (i % 28)}"><span>Nov ${1 + (i % 28)}</span></span></td>
<td class="bq4 xY"><ul class="bqY" role="toolbar">${repeat(4, (k) => `<li class="bqX" data-tooltip="Action ${k}">${ICON}</li>`)}</ul></td>
</tr>`;
}

/** A list view Gmail keeps cached and hidden while a thread is open. */
const hiddenList = (view: number, rows: number): string =>
  `<div class="ae4 UI" style="display: none;">${toolbar(`List ${view}`, 12)}<div class="Cp"><table class="F cf zt" role="grid"><colgroup>${repeat(9, () => '<col>')}</colgroup><tbody>${repeat(rows, (i) => row(view, i))}</tbody></table></div></div>`;

/** What a real message body holds besides its text: a signature table and quoted text (hidden until asked). */
const bodyExtras = (i: number): string =>
  `<div class="gmail_signature"><table cellpadding="0" cellspacing="0"><tbody>${repeat(4, (k) => `<tr><td style="padding:0 4px"><span style="color:#555">Signature line ${k} of message ${i}</span></td></tr>`)}</tbody></table></div><div class="yj6qo"></div><div class="adL"><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On an earlier day someone wrote:</div><blockquote class="gmail_quote">${repeat(6, (k) => `<div dir="ltr"><p>Quoted paragraph ${k}, with <b>bold</b> and <a href="https://example.com/${k}">a link</a>.</p></div>`)}</blockquote></div></div>`;

const menus = (n: number): string =>
  repeat(
    n,
    (m) =>
      `<div class="J-M aX0" role="menu" aria-haspopup="true" style="display: none;">${repeat(14, (i) => `<div class="J-N" role="menuitem" id=":m${m}i${i}"><div class="J-N-Jz">${ICON}<span>Menu ${m} item ${i}</span></div></div>`)}</div>`,
  );

const sidePanel = (): string =>
  `<div class="bAw" role="complementary">${repeat(6, (i) => `<div class="bse-bvF-I" role="tab" aria-label="Add-on ${i}">${ICON}</div>`)}<div class="brC-brG" style="display: none;">${repeat(60, (i) => `<div class="Zb" role="listitem"><img alt="" src="data:,"><span class="Zc" data-hovercard-id="chat${i}@team.example">Chat person ${i}</span><span class="Zd">Available</span></div>`)}</div></div>`;

const parse = (html: string): DocumentFragment => {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) fragment.append(document.importNode(node, true));
  return fragment;
};

export interface Padding {
  /** Cached, hidden list views (inbox, labels, searches), 50 rows each. */
  lists: number;
  labels: number;
  menus: number;
}

/** Pads the page in place; returns the number of elements in the document afterwards. */
export function padGmailPage(doc: Document, padding: Padding = { lists: 4, labels: 60, menus: 60 }): number {
  const account = doc.querySelector('header a[aria-label^="Google Account:"]');
  account?.parentElement?.before(parse(searchBar() + toolbar('Apps', 10)));
  doc.querySelector('[role="navigation"]')?.append(parse(toolbar('Compose', 2) + navigation(padding.labels)));
  const main = doc.querySelector('[role="main"]');
  const thread = doc.querySelector('.nH.if');
  main?.prepend(parse(repeat(padding.lists, (v) => hiddenList(v, 50))));
  // An earlier thread Gmail kept in the DOM, hidden: its subject, messages and people must never be read.
  if (thread) {
    const earlier = thread.cloneNode(true) as Element;
    const subject = earlier.querySelector('h2');
    if (subject) subject.textContent = 'An earlier thread';
    const wrapper = doc.createElement('div');
    wrapper.setAttribute('style', 'display: none;');
    wrapper.append(earlier);
    thread.before(wrapper);
    thread.prepend(parse(toolbar('Thread', 16)));
  }
  let i = 0;
  for (const body of doc.querySelectorAll('.a3s')) body.append(parse(bodyExtras(i++)));
  doc.body.append(parse(sidePanel() + menus(padding.menus)));
  return doc.getElementsByTagName('*').length;
}
