/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    runtime: import('../api/runtime.ts').Runtime;
  }
}
