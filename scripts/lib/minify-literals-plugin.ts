import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/**
 * Minifies the `html` and `css` template literals of our sources at build time (Lit keeps
 * their text as written: indentation and comments would otherwise ship). Whitespace is
 * collapsed conservatively (to one space, never to none), so `<strong>${a}</strong> ${b}`
 * keeps its space; empty attributes stay (`alt=""` means something).
 */
export function minifyLiterals(): Plugin {
  return {
    name: 'kayse-minify-literals',
    enforce: 'post',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        html: { collapseWhitespace: true, conservativeCollapse: true, removeEmptyAttributes: false, minifyJS: false, minifyCSS: { minify: true } },
        css: { minify: true },
      });
      return result ? { code: result.code, map: result.map ?? null } : null;
    },
  };
}
