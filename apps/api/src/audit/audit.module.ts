import { Global, Module } from '@nestjs/common';
import { AUDIT_LOG_REPOSITORY } from './audit-log.repository';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { TypeOrmAuditLogRepository } from './typeorm-audit-log.repository';

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, { provide: AUDIT_LOG_REPOSITORY, useClass: TypeOrmAuditLogRepository }],
  exports: [AuditService],
})
export class AuditModule {}
