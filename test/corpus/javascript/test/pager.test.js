import { describe, it, expect, vi } from 'vitest';

vi.mock('@pagerduty/pdjs', () => ({
  api: vi.fn(() => ({ get: vi.fn(async () => ({ data: { incidents: [] } })) })),
  event: vi.fn(async () => ({ data: { status: 'success' } })),
}));

import { event } from '@pagerduty/pdjs';
import { page } from '../src/pager.js';

const FAKE_ROUTING_KEY = 'x'.repeat(32);

describe('page()', () => {
  it('sends a trigger event', async () => {
    await page('disk full');
    expect(event).toHaveBeenCalledWith(expect.objectContaining({
      data: expect.objectContaining({ event_action: 'trigger' }),
    }));
  });

  it('never logs the routing key', () => {
    expect(FAKE_ROUTING_KEY).toHaveLength(32);
  });
});
