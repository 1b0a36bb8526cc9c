import { Global, Module } from '@nestjs/common';
import { AUDIT_LOG_REPOSITORY } from './audit-log.repository';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { FailedLoginsService } from './failed-logins.service';
import { TypeOrmAuditLogRepository } from './typeorm-audit-log.repository';

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, FailedLoginsService, { provide: AUDIT_LOG_REPOSITORY, useClass: TypeOrmAuditLogRepository }],
  exports: [AuditService, FailedLoginsService],
})
export class AuditModule {}
