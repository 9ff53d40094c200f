'use client';
import { useRouter } from 'next/navigation';
import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ComboboxField } from '@/components/ui/combobox-field';
import { TextField } from '@/components/ui/text-field';
import { updateStudySettingsAction } from '@/lib/server/actions/update-study-settings-action';
import type { StudySettings } from '@/lib/core/scheduler/study-settings';

type Props = {
  initial: StudySettings;
  saved: boolean;
  decks: { id: string; title: string }[];
  /** The zones the server accepts (listTimeZones on the server, whose list may differ from the browser's). */
  timeZones: readonly string[];
};

/** Review settings: retention, limits, interview date, time zone and decks. */
export function SettingsForm({ initial, saved, decks, timeZones }: Props) {
  const router = useRouter();
  const [settings, setSettings] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const deviceTimeZone = useSyncExternalStore(
    () => () => {},
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );

  const set = <K extends keyof StudySettings>(key: K, value: StudySettings[K]) =>
    setSettings((s) => ({ ...s, [key]: value }));
  const chosen = new Set(settings.deckIds ?? decks.map((d) => d.id));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    const result = await updateStudySettingsAction(settings);
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      return;
    }
    setErrors({});
    setMessage('Settings saved.');
    router.refresh();
  }

  const percent = Math.round(settings.desiredRetention * 100);
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-5" noValidate>
      <div className="flex flex-col gap-1">
        <label htmlFor="field-retention" className="text-sm font-medium">
          Desired retention: {percent}%
        </label>
        <input
          id="field-retention"
          type="range"
          min={0.7}
          max={0.97}
          step={0.01}
          value={settings.desiredRetention}
          onChange={(e) => set('desiredRetention', Number(e.target.value))}
          aria-describedby="retention-hint"
        />
        <p id="retention-hint" className="text-xs text-fg-muted">
          The chance you still remember a card when it comes back. Higher means fewer lapses but noticeably more reviews
          each day (going from 90% to 95% roughly doubles the workload); lower means less work and more forgetting. 90%
          suits most people.
        </p>
        {errors.desiredRetention ? <p className="text-sm text-danger">{errors.desiredRetention[0]}</p> : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="New cards per day"
          name="newPerDay"
          type="number"
          min={0}
          max={500}
          value={settings.newPerDay}
          onChange={(e) => set('newPerDay', Number(e.target.value))}
          error={errors.newPerDay?.[0]}
        />
        <TextField
          label="Maximum interval (days)"
          name="maximumIntervalDays"
          type="number"
          min={1}
          max={36500}
          value={settings.maximumIntervalDays}
          onChange={(e) => set('maximumIntervalDays', Number(e.target.value))}
          error={errors.maximumIntervalDays?.[0]}
        />
        <TextField
          label="Interview date"
          name="interviewDate"
          type="date"
          value={settings.interviewDate ?? ''}
          onChange={(e) => set('interviewDate', e.target.value || null)}
          hint="Every card will be seen again before this day."
          error={errors.interviewDate?.[0]}
        />
        <div className="flex flex-col gap-1">
          <ComboboxField
            label="Time zone"
            name="timeZone"
            value={settings.timeZone}
            options={timeZones}
            format={(zone) => zone.replaceAll('_', ' ')}
            onChange={(zone) => set('timeZone', zone)}
            error={errors.timeZone?.[0]}
            hint={
              saved
                ? 'Type a city or region to search the list.'
                : 'Not saved yet: your day currently rolls over in UTC. Type a city or region to search the list.'
            }
          />
          {deviceTimeZone && deviceTimeZone !== settings.timeZone ? (
            <button
              type="button"
              className="self-start text-xs text-accent underline"
              onClick={() => set('timeZone', deviceTimeZone)}
            >
              Use this device’s time zone ({deviceTimeZone})
            </button>
          ) : null}
        </div>
        <TextField
          label="New day starts at (hour, 0–23)"
          name="dayStartHour"
          type="number"
          min={0}
          max={23}
          value={settings.dayStartHour}
          onChange={(e) => set('dayStartHour', Number(e.target.value))}
          error={errors.dayStartHour?.[0]}
        />
      </div>
      <fieldset id="decks" className="flex flex-col gap-2">
        <legend className="text-sm font-medium">Decks to study</legend>
        {decks.map((d) => (
          <label key={d.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4"
              checked={chosen.has(d.id)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(d.id);
                else next.delete(d.id);
                set('deckIds', next.size === decks.length ? null : [...next]);
              }}
            />
            {d.title}
          </label>
        ))}
        {errors.deckIds ? <p className="text-sm text-danger">{errors.deckIds[0]}</p> : null}
      </fieldset>
      {message ? (
        <p role="status" className={Object.keys(errors).length ? 'text-sm text-danger' : 'text-sm text-success'}>
          {message}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save settings'}
        </Button>
      </div>
    </form>
  );
}
