import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { MAX_TIER_VALUE_WEIGHT, validTierValueWeights } from '@/lib/crm/tiers';
import { TIERS, type Tier } from '@/lib/crm/types';
import { rpc } from '@/lib/protocol/client';
import { errorText } from '@/lib/protocol/error-text';
import { type CrmSettings, DEFAULT_CRM_SETTINGS } from '@/lib/settings';
import '../panels.css';

const CUT_TIERS = ['S', 'A', 'B'] as const;
const WEIGHT_PARTS = ['current', 'future'] as const;
type WeightPart = (typeof WEIGHT_PARTS)[number];

interface Form {
  /** Shares as the user types them: percent of customers, counted from the top. */
  cuts: Record<(typeof CUT_TIERS)[number], string>;
  cadence: Record<Tier, string>;
  /** What tiers rank on: weights of current and future value. */
  tierValue: Record<WeightPart, string>;
}

const formOf = (s: CrmSettings): Form => ({
  cuts: {
    S: String(+(s.cuts.S * 100).toFixed(2)),
    A: String(+(s.cuts.A * 100).toFixed(2)),
    B: String(+(s.cuts.B * 100).toFixed(2)),
  },
  cadence: { S: String(s.cadence.S), A: String(s.cadence.A), B: String(s.cadence.B), C: String(s.cadence.C) },
  tierValue: { current: String(s.tierValue.current), future: String(s.tierValue.future) },
});

type Checked =
  | { settings: CrmSettings; problem: null }
  | { settings: null; problem: 'invalid-tier-cuts' | 'invalid-tier-weights' | 'invalid-cadence' };

/**
 * The form's settings, or what is wrong: cuts must keep 0 < S ≤ A ≤ B ≤ 100 %, weights 0–10 with one above 0,
 * cadences 1–3650 whole days.
 */
function check(form: Form): Checked {
  const [S = Number.NaN, A = Number.NaN, B = Number.NaN] = CUT_TIERS.map((tier) => Number(form.cuts[tier]) / 100);
  if (![S, A, B].every(Number.isFinite) || !(S > 0 && S <= A && A <= B && B <= 1)) {
    return { settings: null, problem: 'invalid-tier-cuts' };
  }
  const tierValue = { current: Number(form.tierValue.current), future: Number(form.tierValue.future) };
  if (!validTierValueWeights(tierValue)) return { settings: null, problem: 'invalid-tier-weights' };
  const [dS = 0, dA = 0, dB = 0, dC = 0] = TIERS.map((tier) => Number(form.cadence[tier]));
  if (![dS, dA, dB, dC].every((d) => Number.isInteger(d) && d >= 1 && d <= 3650)) {
    return { settings: null, problem: 'invalid-cadence' };
  }
  return { settings: { cuts: { S, A, B }, cadence: { S: dS, A: dA, B: dB, C: dC }, tierValue }, problem: null };
}

/** Where the value pyramid cuts its tiers, and how often each tier should hear from the user. */
export function TierSettings() {
  const i18n = useI18n();
  const { t } = i18n;
  const [form, setForm] = useState<Form | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    rpc('settings.get', {}).then(
      (settings) => setForm(formOf(settings)),
      (error: unknown) => setStatus({ text: errorText(i18n, error), error: true }),
    );
  }, [i18n]);

  if (!form) return <section class="settings-section">{status ? <p role="alert">{status.text}</p> : null}</section>;
  const checked = check(form);
  const valid = checked.settings;

  const save = async (event: Event) => {
    event.preventDefault();
    if (!valid) return;
    setBusy(true);
    setStatus(null);
    try {
      setForm(formOf(await rpc('settings.set', valid)));
      setStatus({ text: t('dashboard.settings.saved'), error: false });
    } catch (error) {
      setStatus({ text: errorText(i18n, error), error: true });
    } finally {
      setBusy(false);
    }
  };
  const field = (group: 'cuts' | 'cadence', tier: Tier, label: string, max: number) => (
    <label key={tier}>
      {label}
      <input
        type="number"
        min={group === 'cuts' ? 0.01 : 1}
        max={max}
        step={group === 'cuts' ? 'any' : 1}
        required
        value={group === 'cuts' ? form.cuts[tier as (typeof CUT_TIERS)[number]] : form.cadence[tier]}
        onInput={(e) => setForm({ ...form, [group]: { ...form[group], [tier]: e.currentTarget.value } })}
      />
    </label>
  );

  return (
    <section class="settings-section" aria-labelledby="tier-settings-title" data-section="tiers">
      <h3 id="tier-settings-title">{t('dashboard.settings.tiers.title')}</h3>
      <p class="muted small">{t('dashboard.settings.tiers.intro')}</p>
      <form class="crm-form" onSubmit={save}>
        <fieldset class="cuts">
          <legend>{t('dashboard.settings.cuts')}</legend>
          {CUT_TIERS.map((tier) => field('cuts', tier, t('dashboard.settings.cut', { tier: t(`tier.${tier}`) }), 100))}
        </fieldset>
        <fieldset class="rank-on">
          <legend>{t('dashboard.settings.rankOn')}</legend>
          {WEIGHT_PARTS.map((part) => (
            <label key={part}>
              {t(`dashboard.settings.rankOn.${part}`)}
              <input
                type="number"
                min={0}
                max={MAX_TIER_VALUE_WEIGHT}
                step="any"
                required
                value={form.tierValue[part]}
                onInput={(e) => setForm({ ...form, tierValue: { ...form.tierValue, [part]: e.currentTarget.value } })}
              />
            </label>
          ))}
        </fieldset>
        <fieldset class="cadence">
          <legend>{t('dashboard.settings.cadence')}</legend>
          {TIERS.map((tier) =>
            field('cadence', tier, t('dashboard.settings.cadence.tier', { tier: t(`tier.${tier}`) }), 3650),
          )}
        </fieldset>
        {checked.problem ? (
          <p class="error" role="alert">
            {t(`common.error.${checked.problem}`)}
          </p>
        ) : null}
        <div class="buttons">
          <button type="submit" class="primary" disabled={busy || !valid}>
            {t('dashboard.settings.save')}
          </button>
          <button type="button" disabled={busy} onClick={() => setForm(formOf(DEFAULT_CRM_SETTINGS))}>
            {t('dashboard.settings.defaults')}
          </button>
        </div>
        {status ? (
          <p role="status" class={status.error ? 'error' : ''}>
            {status.text}
          </p>
        ) : null}
      </form>
    </section>
  );
}
