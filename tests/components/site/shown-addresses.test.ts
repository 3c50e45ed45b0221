// @vitest-environment jsdom
// Shown addresses are written site-relative and completed on the reader's own origin.
import { describe, expect, it } from 'vitest';
import {
  absoluteAddress,
  completeShownAddresses,
} from '../../../src/components/site/shown-addresses.ts';

describe('absoluteAddress(path, origin)', () => {
  it('puts a site-relative path, its query and hash on the origin', () => {
    expect(absoluteAddress('/sub/lessons/entropy/?a.p=0.5,0,0.5#x', 'https://h.example')).toBe(
      'https://h.example/sub/lessons/entropy/?a.p=0.5,0,0.5#x',
    );
  });

  it('leaves an absolute address as it is', () => {
    expect(absoluteAddress('https://other.example/a/', 'https://h.example')).toBe(
      'https://other.example/a/',
    );
  });
});

describe('completeShownAddresses(root, origin)', () => {
  function page(): HTMLElement {
    const root = document.createElement('div');
    root.innerHTML =
      '<code>&lt;iframe src="<span data-site-address>/embed/kl-fit/?kl-fit.weight=0.3</span>"&gt;</code>' +
      '<code data-site-address>/lessons/entropy/#surprise</code><code>/not/marked/</code>';
    return root;
  }

  it('completes every marked address and nothing else', () => {
    const root = page();
    completeShownAddresses(root, 'http://127.0.0.1:8080');
    expect(root.textContent).toBe(
      '<iframe src="http://127.0.0.1:8080/embed/kl-fit/?kl-fit.weight=0.3">' +
        'http://127.0.0.1:8080/lessons/entropy/#surprise/not/marked/',
    );
  });

  it('changes nothing when run twice', () => {
    const root = page();
    completeShownAddresses(root, 'https://h.example');
    const once = root.innerHTML;
    completeShownAddresses(root, 'https://h.example');
    expect(root.innerHTML).toBe(once);
  });
});
