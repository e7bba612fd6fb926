import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { ChosenNode } from './ChosenNode';
import { CHOSEN_NODE } from './search.query';

describe('ChosenNode', () => {
  beforeAll(async () => {
    await setupI18n('de');
  });

  it('names the node picked for the view, and nothing without one', async () => {
    const mocks = [
      {
        request: { query: CHOSEN_NODE, variables: { id: 'ins-1' } },
        result: {
          data: { node: { __typename: 'GraphNode', id: 'ins-1', name: 'Klimacafé Dresden' } },
        },
      },
    ];
    const { container, rerender } = render(
      <MockedProvider mocks={mocks}>
        <ChosenNode id="ins-1" />
      </MockedProvider>,
    );
    expect(await screen.findByText('Gewählt: Klimacafé Dresden')).toBeTruthy();
    rerender(
      <MockedProvider mocks={mocks}>
        <ChosenNode id={null} />
      </MockedProvider>,
    );
    expect(container.textContent).toBe('');
  });
});
