import { Module } from '@nestjs/common';
import { ScanningService } from './scanning.service.js';

@Module({ providers: [ScanningService], exports: [ScanningService] })
export class ScanningModule {}
