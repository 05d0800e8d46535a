// Parses and lints a Dockerfile with dockerfile-ast / dockerfile-utils (the parser behind the VS Code
// Docker extension) and prints what the deployment tests check, as JSON:
//   { "problems": [{line, severity, message}], "stages": [{image, name}], "instructions": [{line, keyword, args}],
//     "env": {NAME: value} }
// Usage: node dockerfile-check.mjs path/to/Dockerfile
import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';

const content = readFileSync(process.argv[2], 'utf8');
const dockerfile = DockerfileParser.parse(content);
const result = {
  problems: validate(content).map(d => ({ line: d.range.start.line + 1, severity: d.severity, message: d.message })),
  stages: dockerfile.getFROMs().map(f => ({ image: f.getImageName() + (f.getImageTag() ? ':' + f.getImageTag() : ''), name: f.getBuildStage() ?? '' })),
  instructions: dockerfile.getInstructions().map(i => ({ line: i.getRange().start.line + 1, keyword: i.getKeyword(), args: i.getArgumentsContent() ?? '' })),
  env: Object.fromEntries(dockerfile.getInstructions().filter(i => i.getKeyword() === 'ENV')
    .flatMap(i => i.getProperties().map(p => [p.getName(), p.getValue()]))),
};
console.log(JSON.stringify(result));
