import { HttpModule } from '@nestjs/axios';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { PagerDutyService } from './pagerduty.service';

@Module({
  imports: [
    ConfigModule,
    HttpModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        timeout: 10_000,
        headers: { Authorization: `Token token=${config.getOrThrow<string>('PAGERDUTY_TOKEN')}` },
      }),
    }),
  ],
  providers: [PagerDutyService],
  exports: [PagerDutyService],
})
export class PagerDutyModule {}
