import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Organiser, Translated } from './initiative';

@Entity({ name: 'initiatives' })
export class InitiativeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ name: 'registration_number', type: 'text', unique: true })
  registrationNumber!: string;

  @Column({ name: 'registration_date', type: 'date' })
  registrationDate!: string;

  @Column({ type: 'jsonb' })
  title!: Translated;

  @Column({ type: 'jsonb' })
  subject!: Translated;

  @Column({ type: 'jsonb' })
  objectives!: Translated;

  @Column({ type: 'jsonb' })
  organisers!: Organiser[];

  @Column({ name: 'register_url', type: 'text' })
  registerUrl!: string;

  @Column({ name: 'collection_start', type: 'date' })
  collectionStart!: string;

  @Column({ name: 'collection_end', type: 'date' })
  collectionEnd!: string;

  @Column({ name: 'public_key', type: 'bytea', nullable: true })
  publicKey!: Buffer | null;

  @Column({ name: 'cocs_url', type: 'text', nullable: true })
  cocsUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ name: 'partial_registration', type: 'jsonb', nullable: true })
  partialRegistration!: Translated | null;

  @Column({ type: 'jsonb', nullable: true })
  annex!: Translated | null;

  @Column({ name: 'closed_early_on', type: 'date', nullable: true })
  closedEarlyOn!: string | null;

  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
