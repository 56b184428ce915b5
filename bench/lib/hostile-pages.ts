// Generated pages that a summarizer must survive: huge, deep, wide, empty, odd.

export interface HostilePage {
  name: string;
  html: string;
  /** What a reader should get: a digest or a clear reason. */
  expected: 'digest' | 'too-large' | 'no-article';
}

const storyParagraph = (i: number): string =>
  `<p>Paragraph ${i}: the Mayor of Springfield, John Smith, met officials from the U.S. Department of State on Monday to discuss the budget. ` +
  'Residents asked questions about roads, schools and the harbor. '.repeat(14) + '</p>';

export function hostilePages(): HostilePage[] {
  return [
    {
      name: 'a 10 MB page of text',
      html: `<html><head><title>Huge</title></head><body><article>${Array.from({ length: 10_000 }, (_, i) => storyParagraph(i)).join('\n')}</article></body></html>`,
      expected: 'too-large',
    },
    {
      name: 'a 10 MB page that is mostly scripts',
      html: `<html><head><title>Scripts</title></head><body><article>${Array.from({ length: 6 }, (_, i) => storyParagraph(i)).join('')}</article>${`<script>var x = "${'a'.repeat(1_000_000)}";</script>`.repeat(10)}</body></html>`,
      expected: 'digest',
    },
    {
      name: '100,000 nested elements',
      html: `<html><body>${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}</body></html>`,
      expected: 'too-large',
    },
    {
      name: 'a huge table',
      html: `<html><body><table>${Array.from({ length: 20_000 }, (_, i) => `<tr><td>${i}</td><td>cell</td><td>cell</td></tr>`).join('')}</table></body></html>`,
      expected: 'too-large',
    },
    { name: 'an empty body', html: '<html><head><title>Nothing</title></head><body></body></html>', expected: 'no-article' },
    { name: 'no markup at all', html: '', expected: 'no-article' },
    {
      name: 'a frameset',
      html: '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
      expected: 'no-article',
    },
    {
      name: 'a right-to-left story',
      html: `<html lang="ar" dir="rtl"><head><title>خبر</title></head><body><article>${'<p>قال المسؤولون في وزارة الخارجية يوم الاثنين إن المحادثات مع الولايات المتحدة ستستمر خلال الأسابيع المقبلة، وأضافوا أن الاجتماع المقبل سيعقد في القاهرة.</p>'.repeat(8)}</article></body></html>`,
      expected: 'digest',
    },
    {
      name: 'a Chinese story',
      html: `<html lang="zh"><head><title>新闻</title></head><body><article>${'<p>北京市政府星期一宣布，新的地铁线路将于明年开通，预计每天将有五十万名乘客使用这条线路，官员表示这将大大缓解城市交通压力。</p>'.repeat(10)}</article></body></html>`,
      expected: 'digest',
    },
  ];
}
