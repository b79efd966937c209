import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { languageOf } from '../../src/i18n/localize.js';

describe('the Spanish catalog', () => {
  for (const locale of ['es', 'es-MX', 'ES', 'es_419', 'es-ES']) {
    it(`is the language of "${locale}"`, () => {
      expect(languageOf(locale)).to.equal('es');
    });
  }

  it('has exactly the English keys (the types say so; this guards a spread that went wrong)', () => {
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('has no empty value, whatever a formatter is given', () => {
    // Markers, 0, 1, 2, and null in each place in turn take every plural and "none" branch.
    const samples = (arity: number): unknown[][] => [
      ...[(i: number) => `⟦${i}⟧`, () => 0, () => 1, () => 2].map((make) => Array.from({ length: arity }, (_, i) => make(i))),
      ...Array.from({ length: arity }, (_, nullAt) => Array.from({ length: arity }, (_, i) => (i === nullAt ? null : `⟦${i}⟧`))),
    ];
    for (const [key, value] of Object.entries(es) as [string, unknown][]) {
      if (typeof value === 'string') {
        expect(value.trim(), key).not.to.equal('');
        continue;
      }
      expect(value, key).to.be.a('function');
      const formatter = value as (...args: unknown[]) => unknown;
      expect(formatter.length, `${key} takes the English parameters`).to.equal((en[key as keyof typeof en] as (...args: never[]) => string).length);
      for (const args of samples(formatter.length)) {
        // Numbers stand in for strings here too, so a pass-through formatter may echo one back.
        expect(String(formatter(...args)).trim(), key).not.to.equal('');
      }
    }
  });

  it('keeps every placeholder: each argument given appears in the text', () => {
    // Only where English shows every argument (some take a flag or a count that picks words).
    for (const [key, value] of Object.entries(en) as [string, unknown][]) {
      if (typeof value !== 'function') continue;
      const args = Array.from({ length: value.length }, (_, i) => `⟦${i}⟧`);
      const english = String(Reflect.apply(value, undefined, args));
      const spanish = String(Reflect.apply(es[key as keyof typeof es] as unknown as (...args: unknown[]) => unknown, undefined, args));
      for (const marker of args.filter((arg) => english.includes(arg))) expect(spanish, `${key} lost ${marker}`).to.contain(marker);
    }
  });

  it('says plurals and branches in Spanish', () => {
    expect(es.optionsCount(1)).to.equal('1 opción');
    expect(es.optionsCount(3)).to.equal('3 opciones');
    expect(es.moneyTooManyDecimals(0)).to.equal('Esta moneda no usa decimales.');
    expect(es.moneyTooManyDecimals(1)).to.equal('Usa como máximo 1 decimal.');
    expect(es.moneyTooManyDecimals(2)).to.equal('Usa como máximo 2 decimales.');
    expect(es.recipientsFix(1)).to.equal('Corrige el problema marcado arriba y vuelve a guardar.');
    expect(es.recipientsFix(4)).to.equal('Corrige los 4 problemas marcados arriba y vuelve a guardar.');
    expect(es.recipientsTheirList(0, '0', '')).to.equal('ningún destinatario adicional');
    expect(es.recipientsTheirList(1, '1', 'a@b.example')).to.equal('1 destinatario adicional (a@b.example)');
    expect(es.recipientsTheirList(1200, '1.200', 'a@b.example')).to.equal('1.200 destinatarios adicionales (a@b.example)');
    expect(es.walletEstimateDays(1, '1')).to.equal('Alrededor de 1 día');
    expect(es.walletEstimateDays(12, '12')).to.equal('Alrededor de 12 días');
    expect(es.walletHistoryShown(1, '1')).to.equal('Se muestra 1 movimiento.');
    expect(es.scheduledToPrimary('Todas las semanas', 'Dana Whit', 0, '0')).to.equal(
      'Todas las semanas, el informe de facturación se envía al contacto principal, Dana Whit.',
    );
    expect(es.scheduledToPrimary('Todos los días', 'Dana Whit', 1, '1')).to.contain('y a 1 destinatario más.');
    expect(es.alertsTheirThreshold('80 %', false)).to.equal('la alerta del 80 % desactivada');
    expect(es.capTheirVersion(null)).to.equal('Su versión: sin límite.');
  });
});
