import { Module } from '@nestjs/common';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { EXPORT_ROWS_REPOSITORY } from './export-rows.repository';
import { ExportProgressTracker } from './export-progress';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { TypeOrmExportRowsRepository } from './typeorm-export-rows.repository';

@Module({
  imports: [InitiativesModule],
  controllers: [ExportsController],
  providers: [ExportsService, ExportProgressTracker, { provide: EXPORT_ROWS_REPOSITORY, useClass: TypeOrmExportRowsRepository }],
  exports: [ExportsService],
})
export class ExportsModule {}
