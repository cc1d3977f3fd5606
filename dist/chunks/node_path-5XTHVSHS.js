import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  require_node_path
} from "./chunk-3LLSZ3LM.js";
export default require_node_path();
