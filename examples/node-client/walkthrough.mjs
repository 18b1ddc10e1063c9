// Calls Crewline's gRPC API through the gateway from Node.js, as an outside integrator would:
// a development token, yourself as the org's first person (so its admin), the org's profile, a
// project, your projects, a refused bad input with its machine-readable detail, and the project
// as Reporting sees it once the event has arrived there (Reporting is eventually consistent).
//
//   cd examples/node-client && npm ci && node walkthrough.mjs
//
// Environment: CREWLINE_REST (default http://localhost:5100), CREWLINE_GRPC (default
// localhost:5101), CREWLINE_ORG (default: a new org id), CREWLINE_SUBJECT (default: alex).
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';
import protobuf from 'protobufjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const crewlineProtos = path.resolve(here, '../../src/Contracts/Protos');
const googleProtos = path.join(here, 'node_modules/google-proto-files');
const rest = process.env.CREWLINE_REST ?? 'http://localhost:5100';
const address = process.env.CREWLINE_GRPC ?? 'localhost:5101';
const org = process.env.CREWLINE_ORG ?? randomUUID();
const subject = process.env.CREWLINE_SUBJECT ?? 'alex';

const definition = protoLoader.loadSync(
  ['ownership.proto', 'ownership_orgs.proto', 'reporting.proto'],
  { includeDirs: [crewlineProtos, googleProtos], keepCase: false, enums: String, longs: String, defaults: true },
);
const api = grpc.loadPackageDefinition(definition).crewline;
const insecure = grpc.credentials.createInsecure();
const ownership = new api.ownership.v1.OwnershipService(address, insecure);
const orgs = new api.ownership.v1.OrgService(address, insecure);
const reporting = new api.reporting.v1.ReportingService(address, insecure);

// google.rpc.Status and its details, to read the machine-readable part of an error.
const rpcTypes = protobuf.loadSync([
  path.join(googleProtos, 'google/rpc/status.proto'),
  path.join(googleProtos, 'google/rpc/error_details.proto'),
]);

const token = await devToken();
const auth = new grpc.Metadata();
auth.set('authorization', `Bearer ${token}`);
const call = (client, method, request) =>
  new Promise((resolve, reject) => client[method](request, auth, { deadline: Date.now() + 30_000 },
    (error, response) => (error ? reject(error) : resolve(response))));

const me = await call(orgs, 'addPerson', { name: 'Alex Moreau', email: `${subject}@example.com`, subject });
console.log(`person ${me.personId} (${me.orgRole}) in org ${org}`);

const profile = await call(orgs, 'configureOrg', { name: 'Northwind Creative', industryPreset: 'INDUSTRY_PRESET_ADVERTISING' });
console.log(`org "${profile.name}" uses ${profile.industryPreset}`);

const project = await call(ownership, 'createProject', {
  name: 'Spring spot', type: 'PROJECT_TYPE_COMMERCIAL_PRODUCTION', creatorRoles: ['PROJECT_ROLE_PROJECT_MANAGER'],
});
console.log(`project ${project.projectId} "${project.name}" created`);

const mine = await call(ownership, 'listProjects', {});
console.log(`my projects: ${mine.projects.map(p => p.name).join(', ')}`);

try {
  await call(ownership, 'createProject', { name: '', type: 'PROJECT_TYPE_FILM' });
} catch (error) {
  console.log(`bad input answered ${grpc.status[error.code]}: ${describeDetails(error)}`);
}

const seen = await eventually(async () => {
  const summaries = await call(reporting, 'listProjectSummaries', { pageSize: 200 });
  return summaries.projects.find(p => p.projectId === project.projectId);
});
console.log(`Reporting knows "${seen.name}" (${seen.projectType})`);

async function devToken() {
  const response = await fetch(`${rest}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subject, org, name: 'Alex Moreau' }),
  });
  if (!response.ok) throw new Error(`POST /dev/token answered ${response.status}: is the suite running in Development?`);
  return (await response.json()).token;
}

function describeDetails(error) {
  const raw = error.metadata.get('grpc-status-details-bin')[0];
  if (!raw) return error.details;
  const status = rpcTypes.lookupType('google.rpc.Status').decode(raw);
  return status.details.map(any => {
    const type = rpcTypes.lookupType(any.type_url.split('/').pop());
    return JSON.stringify(type.toObject(type.decode(any.value)));
  }).join('; ');
}

async function eventually(probe, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('not visible in time');
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}
