// Developer metadata (key/value pairs attached to the spreadsheet or a sheet), kept through xlsx save/load.
import type { LocalSheet } from './sheet';
import type { LocalSpreadsheet } from './spreadsheet';
import { restrictToProduct } from './usedApi';

export interface DeveloperMetadataRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
}

export class LocalDeveloperMetadata {
  constructor(
    private readonly ss: LocalSpreadsheet,
    readonly id: number,
    public key: string,
    public value: string | null,
    public visibility: string,
    private readonly sheet: LocalSheet | null,
  ) {}

  private t(method: string): void {
    this.ss.env.recorder.record('DeveloperMetadata', method, this.sheet ? this.sheet.nameInternal() : null);
  }

  getId(): number {
    this.t('getId');
    return this.id;
  }
  getKey(): string {
    this.t('getKey');
    return this.key;
  }
  getValue(): string | null {
    this.t('getValue');
    return this.value;
  }
  getVisibility(): string {
    this.t('getVisibility');
    return this.visibility;
  }
  setKey(key: string): this {
    this.t('setKey');
    this.key = String(key);
    return this;
  }
  setValue(value: string | null): this {
    this.t('setValue');
    this.value = value === null || value === undefined ? null : String(value);
    return this;
  }
  setVisibility(visibility: string): this {
    this.t('setVisibility');
    this.visibility = String(visibility);
    return this;
  }
  getLocation(): { getLocationType(): string; getSheet(): LocalSheet | null; getSpreadsheet(): LocalSpreadsheet | null } {
    this.t('getLocation');
    const sheet = this.sheet;
    const ss = this.ss;
    return {
      getLocationType: () => (sheet ? 'SHEET' : 'SPREADSHEET'),
      getSheet: () => sheet,
      getSpreadsheet: () => (sheet ? null : ss),
    };
  }
  remove(): void {
    this.t('remove');
    if (this.sheet) this.sheet.developerMetadata = this.sheet.developerMetadata.filter((m) => m !== this);
    else this.ss.developerMetadata = this.ss.developerMetadata.filter((m) => m !== this);
  }

  toRecord(): DeveloperMetadataRecord {
    return { id: this.id, key: this.key, value: this.value, visibility: this.visibility };
  }
}

// Apps Script methods the product does not call answer «not implemented in the local runtime» (usedApi.ts).
restrictToProduct(LocalDeveloperMetadata.prototype, 'DeveloperMetadata');
