import { expect, test } from 'vitest';
import { DOMParser } from 'linkedom';
import { parseHtml } from '../../src/extract/parse-html.ts';

const PAGE = '<!DOCTYPE html><html lang="en"><head><title>Ferry timetable</title></head><body class="post"><p>The ferry leaves at noon.</p></body></html>';

test('markup printed before the <html> tag (a server warning) goes into the body, as a browser puts it, and the page stays whole', () => {
  const doc = parseHtml(`<br />\n<b>Warning</b>: cache directory not writable in <b>/srv/app/cache.php</b><br />\n${PAGE}`);
  expect(doc.documentElement.tagName).toBe('HTML');
  expect(doc.title).toBe('Ferry timetable');
  expect(doc.body.querySelector('p')?.textContent).toBe('The ferry leaves at noon.');
  expect(doc.body.textContent).toContain('cache directory not writable');
  expect(doc.body.getAttribute('class')).toBe('post');
});

test('a doctype, an XML declaration, comments and an <html> tag inside IE conditional comments are no stray markup', () => {
  const conditional = '<!DOCTYPE html><!--[if IE 8]><html class="ie8"><![endif]--><!--[if gt IE 8]><!--><html lang="en"><!--<![endif]-->';
  const doc = parseHtml(`<?xml version="1.0"?>${conditional}<head><title>Ferry timetable</title></head><body><p>The ferry leaves at noon.</p></body></html>`);
  expect(doc.documentElement.getAttribute('lang')).toBe('en');
  expect(doc.body.innerHTML).toBe('<p>The ferry leaves at noon.</p>');
});

test('a page without an <html> tag is left as it is, even when a later text holds one', () => {
  const page = '<head><title>Ferry timetable</title></head><body><p>The ferry leaves at noon.</p><script>document.write("<html>")</script></body>';
  const plain = new DOMParser().parseFromString(page, 'text/html') as unknown as Document;
  expect(parseHtml(page).documentElement.outerHTML).toBe(plain.documentElement.outerHTML);
});

test('a page that leaves out its <body> start tag, as HTML allows, has what follows its head in the body, as a browser builds it', () => {
  const doc = parseHtml('<!DOCTYPE html><html lang="en"><head><title>Ferry timetable</title></head>\n<div class="wrap"><p>The ferry leaves at noon.</p></div></html>');
  expect(doc.title).toBe('Ferry timetable');
  expect(doc.body.querySelector('p')?.textContent).toBe('The ferry leaves at noon.');
  expect(doc.documentElement.lastElementChild?.tagName).toBe('BODY');
});
