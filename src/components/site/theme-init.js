try{var t=localStorage.getItem('surprisal:theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}
