// A scenario's story graph as a Mermaid flowchart, for authors to see the
// shape of what they wrote (paste into any Mermaid viewer, or a Markdown file
// on GitHub). Every route is drawn, whatever its conditions.
import type { Condition, Core, Scenario } from '../schema.ts';
import { nextOf, routesOf, type Route } from '../scenarioWalk.ts';

/** Beat ids use only a–z, 0–9 and "-", so swapping "-" for "_" cannot make two ids clash; the prefix keeps Mermaid keywords such as "end" out. */
export const nodeId = (beat: string) => `b_${beat.replaceAll('-', '_')}`;

/**
 * Text safe inside a quoted Mermaid label: Mermaid reads #name; and #code; as
 * entities, so the characters that would end the label, start a shape or an
 * edge label, or be read as HTML are written that way.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[#"<>&|[\]{}()`]/g, (ch) => (ch === '"' ? '#quot;' : `#${ch.charCodeAt(0)};`));
}

const ENDING_SHAPE: Record<Core, [string, string]> = {
  delivered: ['([', '])'],
  failed: ['>', ']'],
  'handled-honestly': ['[/', '/]'],
};

/** Mermaid class names, one per core; an ending that records an experience gets a class of its own. */
const CORE_CLASS: Record<Core, 'delivered' | 'failed' | 'handled'> = {
  delivered: 'delivered',
  failed: 'failed',
  'handled-honestly': 'handled',
};

const MAX_CONDITION = 40;

/** A condition in a few characters: "chose a/b, mood<40". */
export function shortCondition(c: Condition): string {
  const parts: string[] = [];
  if (c.chose !== undefined) parts.push(`chose ${[c.chose].flat().join('/')}`);
  if (c.flag !== undefined) parts.push(`flag ${c.flag}`);
  for (const gauge of ['mood', 'loyalty'] as const) {
    const g = c[gauge];
    if (g?.above !== undefined) parts.push(`${gauge}>${g.above}`);
    if (g?.below !== undefined) parts.push(`${gauge}<${g.below}`);
  }
  for (const [roll, outcome] of Object.entries(c.variation ?? {})) parts.push(`${roll}=${outcome}`);
  if (c.not) parts.push(`not(${shortCondition(c.not)})`);
  if (c.any) parts.push(`any(${c.any.map(shortCondition).join(' or ')})`);
  const text = parts.join(', ');
  return text.length > MAX_CONDITION ? `${text.slice(0, MAX_CONDITION - 1)}…` : text;
}

function routeLabel(route: Route): string | null {
  switch (route.kind) {
    case 'choice':
      return `${route.choice.id} · ${route.choice.level}`;
    case 'patience':
      return `timeout · ${route.patience.level}`;
    case 'continue':
      return null;
  }
}

export function scenarioDiagram(scenario: Scenario): string {
  const lines = [
    `%% ${scenario.id}: ${scenario.title.replace(/\s+/g, ' ')}`,
    '%% Every route is drawn as if its when: conditions could hold; dashed edges are patience timeouts.',
    'flowchart TD',
  ];
  const classes: Record<'start' | 'breakdown' | 'experience' | (typeof CORE_CLASS)[Core], string[]> = {
    start: [],
    breakdown: [],
    delivered: [],
    failed: [],
    handled: [],
    experience: [],
  };

  for (const [id, beat] of Object.entries(scenario.beats)) {
    const node = nodeId(id);
    if (beat.ending) {
      const { core, experience, title } = beat.ending;
      const [open, close] = ENDING_SHAPE[core];
      lines.push(
        `  ${node}${open}"${mermaidText(id)}<br/>${mermaidText(title)} (${core}${experience ? ', experience' : ''})"${close}`,
      );
      classes[experience ? 'experience' : CORE_CLASS[core]].push(node);
    } else if (beat.breakdown) {
      lines.push(`  ${node}{{"${mermaidText(id)}<br/>breakdown"}}`);
      classes.breakdown.push(node);
    } else {
      lines.push(`  ${node}["${mermaidText(id)}"]`);
    }
    if (id === scenario.start) classes.start.push(node);
  }

  for (const [id, beat] of Object.entries(scenario.beats)) {
    for (const route of routesOf(id, beat)) {
      const next = nextOf(route, scenario);
      const arrow = route.kind === 'patience' ? '-.->' : '-->';
      const branches = typeof next === 'string' ? [{ go: next, when: undefined }] : next;
      branches.forEach((branch, i) => {
        const condition = branch.when
          ? `if ${shortCondition(branch.when)}`
          : branches.length > 1 && i === branches.length - 1
            ? 'else'
            : null;
        const label = [routeLabel(route), condition].filter((part) => part !== null).join(' · ');
        lines.push(`  ${nodeId(id)} ${arrow}${label ? `|"${mermaidText(label)}"|` : ''} ${nodeId(branch.go)}`);
      });
    }
  }

  lines.push(
    '  classDef start stroke-width:4px',
    '  classDef breakdown fill:#ffe0b2,stroke:#e65100',
    '  classDef delivered fill:#c8e6c9,stroke:#2e7d32',
    '  classDef failed fill:#ffcdd2,stroke:#c62828',
    '  classDef handled fill:#e0e0e0,stroke:#616161',
    '  classDef experience fill:#fff59d,stroke:#2e7d32,stroke-width:3px',
  );
  for (const [name, nodes] of Object.entries(classes))
    if (nodes.length) lines.push(`  class ${nodes.join(',')} ${name}`);
  return `${lines.join('\n')}\n`;
}
