import type { MachineInfo } from "../machine.js";
import { fixed, markdownTable } from "./markdown-table.js";

export function renderMachine(machine: MachineInfo, startedAt: string): string {
  return `### Machine\n\n${markdownTable(
    ["CPU", "Cores", "Memory (GB)", "Node", "System", "Run at"],
    [[machine.cpuModel, machine.cores, fixed(machine.totalMemoryBytes / 1024 ** 3, 1), machine.nodeVersion, machine.platform, startedAt]],
  )}\n`;
}
