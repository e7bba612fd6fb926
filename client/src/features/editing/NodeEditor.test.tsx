import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { EDIT_NODE, UPDATE_NODE } from './editing.queries';
import type { EditableNode } from './editing.queries';
import { NodeEditor } from './NodeEditor';

const node: EditableNode = {
  id: 'ins-1',
  label: 'Institution',
  name: 'Solarverein',
  version: 3,
  properties: {
    name: 'Solarverein',
    kind: 'association',
    sector: 'civil_society',
    address: 'Markt 1',
  },
};
const written = (properties: Record<string, unknown>, version: number) => ({
  __typename: 'GraphNode',
  ...node,
  ...{ name: String(properties.name), version, properties },
  description: null,
  sector: 'civil_society',
  visibility: null,
  location: null,
  updatedAt: '2026-01-01T00:00:00Z',
});
const update = (name: string, version: number, result: object) => ({
  request: {
    query: UPDATE_NODE,
    variables: { id: 'ins-1', properties: { name }, expectedVersion: version },
  },
  result,
});

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

const renderEditor = (mocks: readonly MockedResponse[], onSaved = vi.fn()) =>
  render(
    <MockedProvider mocks={mocks}>
      <NodeEditor node={node} onSaved={onSaved} onCancel={vi.fn()} />
    </MockedProvider>,
  );

describe('NodeEditor', () => {
  it('generates labelled fields from the spec and marks required ones', () => {
    renderEditor([]);
    expect(screen.getByLabelText(/^Name/)).toHaveProperty('value', 'Solarverein');
    expect(screen.getByLabelText(/^Art/).tagName).toBe('SELECT');
    expect(screen.getByLabelText(/^Beschreibung/).tagName).toBe('TEXTAREA');
    expect(screen.getByLabelText('Breitengrad')).toBeTruthy();
    expect(
      screen.getByText('(Pflichtfeld)', { selector: 'label[for$="-f-name"] span' }),
    ).toBeTruthy();
  });

  it('shows API issues next to the field, links them and focuses the first invalid field', async () => {
    const issue = new GraphQLError('properties.name is bad', {
      extensions: {
        code: 'BAD_USER_INPUT',
        issues: [{ path: 'properties.name', message: 'must not contain control characters' }],
      },
    });
    renderEditor([update('Solar\u0007', 3, { errors: [issue] })]);
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Solar\u0007' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    const message = await screen.findByText('must not contain control characters');
    const input = screen.getByLabelText(/^Name/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(message.id);
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(screen.getByRole('alert').textContent).toContain('1 Angabe ist zu prüfen');
  });

  it('on CONFLICT shows the server values beside mine; re-apply keeps mine on the new version', async () => {
    const conflict = new GraphQLError('stale', { extensions: { code: 'CONFLICT' } });
    const server = { ...node.properties, name: 'Solarverein Zittau e.V.', address: 'Markt 2' };
    const onSaved = vi.fn();
    renderEditor(
      [
        update('Solarverein Görlitz', 3, { errors: [conflict] }),
        {
          request: { query: EDIT_NODE, variables: { id: 'ins-1' } },
          result: {
            data: {
              node: {
                __typename: 'GraphNode',
                ...node,
                version: 4,
                name: server.name,
                properties: server,
              },
            },
          },
        },
        update('Solarverein Görlitz', 4, {
          data: { updateNode: written({ ...server, name: 'Solarverein Görlitz' }, 5) },
        }),
      ],
      onSaved,
    );
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Solarverein Görlitz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await screen.findByText('Jemand anderes hat diesen Eintrag geändert.');
    const rows = screen.getAllByRole('row').map((row) => row.textContent);
    expect(rows).toContain('NameSolarverein Zittau e.V.Solarverein Görlitz');
    expect(rows).toContain('AdresseMarkt 2Markt 1');
    fireEvent.click(screen.getByRole('button', { name: 'Meine Änderungen erneut anwenden' }));
    // Their address stays, my name is kept; saving now sends only the name with version 4.
    expect(screen.getByLabelText(/^Adresse/)).toHaveProperty('value', 'Markt 2');
    expect(screen.getByLabelText(/^Name/)).toHaveProperty('value', 'Solarverein Görlitz');
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it('reload discards my changes and takes the server values', async () => {
    const conflict = new GraphQLError('stale', { extensions: { code: 'CONFLICT' } });
    const server = { ...node.properties, name: 'Neu vom Server' };
    renderEditor([
      update('Meins', 3, { errors: [conflict] }),
      {
        request: { query: EDIT_NODE, variables: { id: 'ins-1' } },
        result: {
          data: {
            node: {
              __typename: 'GraphNode',
              ...node,
              version: 4,
              name: server.name,
              properties: server,
            },
          },
        },
      },
    ]);
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Meins' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Neu laden (meine Änderungen verwerfen)' }),
    );
    expect(screen.getByLabelText(/^Name/)).toHaveProperty('value', 'Neu vom Server');
  });
});
