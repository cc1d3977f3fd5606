import { HttpService } from '@nestjs/axios';
import { Injectable, Logger } from '@nestjs/common';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class PagerDutyService {
  private readonly logger = new Logger(PagerDutyService.name);
  private readonly token = process.env.PAGERDUTY_TOKEN;

  constructor(private readonly http: HttpService) {}

  async trigger(summary: string): Promise<void> {
    await firstValueFrom(
      this.http.post(
        'https://events.pagerduty.com/v2/enqueue',
        { event_action: 'trigger', payload: { summary, source: 'api', severity: 'error' } },
        { headers: { 'X-Routing-Key': '⟦pagerduty-events-key|{pdevents}⟧' } },
      ),
    );
  }

  async incidents(): Promise<unknown> {
    const res = await firstValueFrom(
      this.http.get('https://api.pagerduty.com/incidents', {
        headers: { Authorization: `Token token=${this.token}`, Accept: 'application/vnd.pagerduty+json;version=2' },
      }),
    );
    return res.data;
  }
}
