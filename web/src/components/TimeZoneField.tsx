import { useMemo } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { zoneMatches, zoneOptions, type ZoneOption } from '../lib/timeZones';
import './editor.css';

/**
 * The event's time zone: a searchable combobox (React Aria) of canonical zones with their
 * current offset, city and country. Typing "nairobi", "kenya", "east africa" or "+03"
 * narrows the list; the arrow button shows every zone.
 */
export function TimeZoneField({
  value,
  onChange,
  hint,
  error,
}: {
  value: string;
  onChange: (zone: string) => void;
  hint: string;
  error: { id: string; messages: readonly string[] } | null;
}) {
  // Offsets as of when the form opened: the list does not reorder while someone reads it.
  const options = useMemo(() => zoneOptions(new Date(), value), [value]);
  const byLabel = useMemo(() => new Map(options.map((o) => [o.label, o])), [options]);

  return (
    <ComboBox<ZoneOption>
      className="field zone-field"
      defaultItems={options}
      selectedKey={value}
      onSelectionChange={(key) => {
        if (key != null) onChange(String(key));
      }}
      defaultFilter={(text, typed) => {
        const option = byLabel.get(text);
        return option ? zoneMatches(option, typed) : text.toLowerCase().includes(typed.toLowerCase());
      }}
      isInvalid={error != null}
      aria-describedby={error ? error.id : undefined}
    >
      <Label>Time zone</Label>
      <Text slot="description" className="hint">
        {hint}
      </Text>
      <div className="zone-input">
        <Input />
        <Button className="zone-button" aria-label="Show all time zones">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {error && (
        <p id={error.id} className="field-error">
          {error.messages.join(' ')}
        </p>
      )}
      <Popover className="zone-popover" placement="bottom start">
        <ListBox className="zone-list" renderEmptyState={() => <p className="zone-empty">No time zone matches. Try a city or country.</p>}>
          {(option: ZoneOption) => (
            <ListBoxItem id={option.id} textValue={option.label} className="zone-option">
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
