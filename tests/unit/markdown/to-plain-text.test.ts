import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '@/lib/markdown/to-plain-text';

describe('markdownToPlainText', () => {
  it.each([
    [
      'What is the default integration timeout for an API Gateway **REST\nAPI**?',
      'What is the default integration timeout for an API Gateway REST API?',
    ],
    ['_Which_ one: `ALB` or [API Gateway](https://aws.amazon.com/api-gateway/)?', 'Which one: ALB or API Gateway?'],
    ['~~old~~ new', 'old new'],
    ['# Title\n\nFirst paragraph.\n\n- one\n- two', 'Title First paragraph. one two'],
    ['Line one  \nline two', 'Line one line two'],
    ['```yaml\nTimeout: 29\n```', 'Timeout: 29'],
    ['![diagram of the flow](x.png) shows it', 'diagram of the flow shows it'],
    ['| API | Limit |\n| --- | --- |\n| REST | 10 MB |', 'API Limit REST 10 MB'],
    ['<script>alert(1)</script> stays text', '<script>alert(1)</script> stays text'],
    ['Costs ~$259 a month, not ~$900', 'Costs ~$259 a month, not ~$900'],
    ['plain', 'plain'],
    ['', ''],
  ])('%j -> %j', (markdown, expected) => {
    expect(markdownToPlainText(markdown)).toBe(expected);
  });
});
